package org.pulseguard.session;

import java.time.Instant;
import java.util.Objects;
import org.pulseguard.device.Setpoint;
import org.pulseguard.quantity.Fluence;

/**
 * One run of a session: from the footswitch press (or the first pulse) to the release, stop or trip
 * that ended it, with every pulse counted for it, including the pulses a unit reported only after
 * the stop (polled units report pulses up to one poll late). Carried by {@link SupervisorEvent}s
 * for the journal. Immutable, thread-safe.
 *
 * @param number the run's number in its session, from 1
 * @param startedAt when the run started (injected clock)
 * @param endedAt when it ended; null while the run is in progress
 * @param endedBy how it ended ({@link ReasonCode#RUN_ENDED} for a footswitch release, else the
 *     stop, trip or request that ended it); null while in progress
 * @param setpoint the verified setpoint on the unit during the run; null only for pulses the unit
 *     emitted before any setpoint was verified (unexpected emission)
 * @param pulses pulses counted while the run was in progress
 * @param pulsesAfterStop pulses counted after the run ended (in flight at the stop, or reported late)
 * @param measured the energy monitor's statistics; null when the unit reports no per-pulse energy
 * @param pulsesOutsideTolerance measured pulses outside the unit's energy tolerance
 * @param unknownAfter non-null when pulses after a link loss could not be counted
 */
public record TreatmentRun(int number, Instant startedAt, Instant endedAt, ReasonCode endedBy, Setpoint setpoint,
                           long pulses, long pulsesAfterStop, MeasuredEnergy measured, long pulsesOutsideTolerance,
                           UnknownPulses unknownAfter) {
    public TreatmentRun {
        Objects.requireNonNull(startedAt, "startedAt");
        if (number < 1 || pulses < 0 || pulsesAfterStop < 0 || pulsesOutsideTolerance < 0) {
            throw new IllegalArgumentException("run " + number + ": " + pulses + " + " + pulsesAfterStop
                    + " pulses, " + pulsesOutsideTolerance + " outside tolerance");
        }
        if ((endedAt == null) != (endedBy == null)) {
            throw new IllegalArgumentException("run " + number + ": an end needs both its time and its reason");
        }
    }

    /** A run that starts at {@code at} with no pulse yet. */
    static TreatmentRun start(int number, Instant at, Setpoint setpoint) {
        return new TreatmentRun(number, at, null, null, setpoint, 0, 0, null, 0, null);
    }

    /** True once the run has ended. */
    public boolean ended() {
        return endedAt != null;
    }

    /** Every pulse counted for this run: during it and after its stop. */
    public long totalPulses() {
        return pulses + pulsesAfterStop;
    }

    /** True when every pulse the unit fired for this run is counted (no link loss left it open). */
    public boolean countExact() {
        return unknownAfter == null;
    }

    /** The fluence of the run's setpoint; null without a setpoint. */
    public Fluence fluence() {
        return setpoint == null ? null : Fluence.of(setpoint.energy(), setpoint.spot());
    }

    TreatmentRun end(Instant at, ReasonCode how) {
        return new TreatmentRun(number, startedAt, at, how, setpoint, pulses, pulsesAfterStop, measured,
                pulsesOutsideTolerance, unknownAfter);
    }

    /** This run with {@code count} more pulses: during the run while it is in progress, else after its stop. */
    TreatmentRun plus(long count, Pulse measuredPulse) {
        MeasuredEnergy energy = measured;
        long outside = pulsesOutsideTolerance;
        if (measuredPulse != null) {
            energy = energy == null ? MeasuredEnergy.of(measuredPulse.measured()) : energy.plus(measuredPulse.measured());
            outside += measuredPulse.outsideTolerance() ? 1 : 0;
        }
        return new TreatmentRun(number, startedAt, endedAt, endedBy, setpoint, ended() ? pulses : pulses + count,
                ended() ? pulsesAfterStop + count : pulsesAfterStop, energy, outside, unknownAfter);
    }

    TreatmentRun unknownAfter(UnknownPulses unknown) {
        return new TreatmentRun(number, startedAt, endedAt, endedBy, setpoint, pulses, pulsesAfterStop, measured,
                pulsesOutsideTolerance, unknownAfter == null ? unknown : unknownAfter);
    }

    /** One pulse as measured by the unit's energy monitor, judged against the tolerance. */
    record Pulse(org.pulseguard.quantity.PulseEnergy measured, boolean outsideTolerance) {
        Pulse {
            Objects.requireNonNull(measured, "measured");
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("run ").append(number).append(": ").append(pulses).append(" pulses");
        if (pulsesAfterStop > 0) {
            text.append(" + ").append(pulsesAfterStop).append(" counted after the stop = ").append(totalPulses());
        }
        if (setpoint != null) {
            text.append(" at ").append(setpoint).append(" = ").append(fluence());
        }
        if (measured != null) {
            text.append(", ").append(measured);
        }
        if (pulsesOutsideTolerance > 0) {
            text.append(", ").append(pulsesOutsideTolerance).append(" outside tolerance");
        }
        if (unknownAfter != null) {
            text.append(", ").append(unknownAfter).append(": count is a lower bound");
        }
        if (ended()) {
            text.append(" (ended: ").append(endedBy).append(')');
        }
        return text.toString();
    }
}
