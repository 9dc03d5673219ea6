package org.pulseguard.audit.query;

import java.time.Instant;

/**
 * A half-open window of journal time, {@code from <= t < to}, in microseconds since the epoch
 * (the unit of the journal's {@code time_micros} column). Immutable.
 *
 * @param fromMicros first microsecond inside
 * @param toMicros first microsecond after
 */
public record TimeWindow(long fromMicros, long toMicros) {
    /** Every time the journal can hold. */
    public static final TimeWindow ALL = new TimeWindow(Long.MIN_VALUE, Long.MAX_VALUE);

    /** Refuses a window that ends before it starts. */
    public TimeWindow {
        if (toMicros < fromMicros) {
            throw new IllegalArgumentException("time window ends (" + toMicros + " us) before it starts (" + fromMicros + " us)");
        }
    }

    /** The window between two instants, either open (null). */
    public static TimeWindow between(Instant from, Instant to) {
        long f = from == null ? Long.MIN_VALUE : micros(from);
        long t = to == null ? Long.MAX_VALUE : micros(to);
        if (t < f) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        return new TimeWindow(f, t);
    }

    /** True when {@code micros} lies inside. */
    public boolean contains(long micros) {
        return micros >= fromMicros && micros < toMicros;
    }

    /** Microseconds since the epoch of an instant (truncating nanoseconds). */
    public static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }
}
