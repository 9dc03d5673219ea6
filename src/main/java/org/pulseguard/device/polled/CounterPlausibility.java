package org.pulseguard.device.polled;

import java.util.Objects;
import java.util.Optional;
import org.pulseguard.quantity.RepetitionRate;

/**
 * Whether a new reading of a unit's lifetime pulse counter could be true, given the last trusted
 * reading and the time between them. A line protocol without sequence numbers can pair a reply
 * with the wrong query (a duplicated {@code *STB?} reply read as {@code SHOT?}) or deliver a
 * well-formed field with a flipped digit; such a reading must never become pulses. A counter can
 * rise by at most {@code rate x (elapsed + }{@value #SLACK_MILLIS}{@code  ms) + }{@value #MARGIN_PULSES}:
 * the slack covers the time between the unit sampling its counter and the host receiving it (a
 * reply may arrive up to a command timeout late on either reading), the margin rounding. A
 * lifetime counter never goes down on the same unit (a replaced unit is refused at reconnect; the
 * 32-bit wrap of a Quanta-Ray takes 13 years at 10 Hz). Pure; immutable, thread-safe.
 */
public final class CounterPlausibility {
    /** Time added to the elapsed time, for the unit's sampling and the replies' latency. */
    public static final long SLACK_MILLIS = 1_000;
    /** Pulses added for rounding. */
    public static final long MARGIN_PULSES = 2;

    private final RepetitionRate maximumRate;

    /** @param maximumRate the fastest the unit can fire: its capabilities' maximum rate */
    public CounterPlausibility(RepetitionRate maximumRate) {
        this.maximumRate = Objects.requireNonNull(maximumRate, "maximumRate");
    }

    /** The most pulses the unit can have fired in {@code elapsedNanos} (with the slack and the margin). */
    public long mostPulses(long elapsedNanos) {
        long nanos = Math.max(0, elapsedNanos) + SLACK_MILLIS * 1_000_000L;
        // millihertz x nanoseconds / 10^12, without overflow for any realistic elapsed time
        double pulses = (double) maximumRate.millihertz() * nanos / 1e12;
        return (long) Math.floor(pulses) + MARGIN_PULSES;
    }

    /**
     * Why {@code reading} cannot follow {@code previous} after {@code elapsedNanos}, or empty when it can.
     */
    public Optional<String> problem(long previous, long reading, long elapsedNanos) {
        if (reading < previous) {
            return Optional.of("lifetime counter went down from " + previous + " to " + reading);
        }
        long most = mostPulses(elapsedNanos);
        if (reading - previous > most) {
            return Optional.of("lifetime counter jumped from " + previous + " to " + reading + " in "
                    + Math.max(0, elapsedNanos) / 1_000_000 + " ms: more than the " + most + " pulses a unit firing at "
                    + maximumRate + " can have fired");
        }
        return Optional.empty();
    }
}
