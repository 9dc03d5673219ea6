package org.pulseguard.quantity;

import java.math.BigDecimal;

/**
 * Pulses per second while firing, held exactly in millihertz. Immutable, thread-safe.
 *
 * @param millihertz more than 0
 */
public record RepetitionRate(long millihertz) implements Comparable<RepetitionRate> {
    public RepetitionRate {
        if (millihertz <= 0) {
            throw new IllegalArgumentException("repetition rate " + millihertz + " mHz is not positive");
        }
    }

    /** Rate of {@code hertz} Hz, rounded to the nearest millihertz. */
    public static RepetitionRate ofHertz(double hertz) {
        if (!Double.isFinite(hertz)) {
            throw new IllegalArgumentException("repetition rate " + hertz + " Hz is not a number");
        }
        return new RepetitionRate(Math.round(hertz * 1000.0));
    }

    /** The finest rate this type holds: one millihertz. */
    private static final String RESOLUTION = "0.001 Hz";

    /**
     * Parses {@code "5Hz"}, {@code "2.5 Hz"} or {@code "5000mHz"}.
     *
     * @throws IllegalArgumentException when the text is not a rate, or is finer than 1 mHz
     *     (refused, never rounded)
     */
    public static RepetitionRate parse(String text) {
        Quantities.Parsed p = Quantities.parse(text, "repetition rate");
        return switch (p.unit()) {
            case "Hz", "hz", "HZ" -> new RepetitionRate(Quantities.exact(p, 3, "repetition rate", text, RESOLUTION));
            case "mHz", "mhz" -> new RepetitionRate(Quantities.exact(p, 0, "repetition rate", text, RESOLUTION));
            default -> throw new IllegalArgumentException("repetition rate '" + text + "': unit must be Hz or mHz");
        };
    }

    /** The rate in hertz. */
    public double hertz() {
        return millihertz / 1000.0;
    }

    /** Time between pulses, in nanoseconds. */
    public long periodNanos() {
        return Math.round(1e12 / millihertz);
    }

    @Override
    public int compareTo(RepetitionRate other) {
        return Long.compare(millihertz, other.millihertz);
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(millihertz, 3).stripTrailingZeros().toPlainString() + " Hz";
    }
}
