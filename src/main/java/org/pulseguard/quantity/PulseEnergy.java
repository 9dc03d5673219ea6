package org.pulseguard.quantity;

import java.math.BigDecimal;

/**
 * Energy of one laser pulse, held exactly in microjoules. Immutable, thread-safe.
 *
 * @param microjoules 0 or more
 */
public record PulseEnergy(long microjoules) implements Comparable<PulseEnergy> {
    public PulseEnergy {
        if (microjoules < 0) {
            throw new IllegalArgumentException("pulse energy " + microjoules + " uJ is negative");
        }
    }

    /** Energy of {@code millijoules} mJ, rounded to the nearest microjoule. */
    public static PulseEnergy ofMillijoules(double millijoules) {
        if (!Double.isFinite(millijoules)) {
            throw new IllegalArgumentException("pulse energy " + millijoules + " mJ is not a number");
        }
        return new PulseEnergy(Math.round(millijoules * 1000.0));
    }

    /** The finest energy this type holds: one microjoule. */
    private static final String RESOLUTION = "0.001 mJ";

    /**
     * Parses {@code "400mJ"}, {@code "400 mJ"}, {@code "0.4J"} or {@code "400000uJ"}.
     *
     * @throws IllegalArgumentException when the text is not an energy, or is finer than 1 uJ
     *     (refused, never rounded)
     */
    public static PulseEnergy parse(String text) {
        Quantities.Parsed p = Quantities.parse(text, "pulse energy");
        return switch (p.unit().toLowerCase(java.util.Locale.ROOT)) {
            case "mj" -> new PulseEnergy(Quantities.exact(p, 3, "pulse energy", text, RESOLUTION));
            case "j" -> new PulseEnergy(Quantities.exact(p, 6, "pulse energy", text, RESOLUTION));
            case "uj", "µj" -> new PulseEnergy(Quantities.exact(p, 0, "pulse energy", text, RESOLUTION));
            default -> throw new IllegalArgumentException("pulse energy '" + text + "': unit must be mJ, J or uJ");
        };
    }

    /** The energy in millijoules. */
    public double millijoules() {
        return microjoules / 1000.0;
    }

    /** The energy in joules. */
    public double joules() {
        return microjoules / 1_000_000.0;
    }

    @Override
    public int compareTo(PulseEnergy other) {
        return Long.compare(microjoules, other.microjoules);
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(microjoules, 3).stripTrailingZeros().toPlainString() + " mJ";
    }
}
