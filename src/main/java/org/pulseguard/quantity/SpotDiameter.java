package org.pulseguard.quantity;

import java.math.BigDecimal;

/**
 * Diameter of the beam on the skin, held exactly in micrometres. Immutable, thread-safe.
 *
 * @param micrometres more than 0
 */
public record SpotDiameter(long micrometres) implements Comparable<SpotDiameter> {
    public SpotDiameter {
        if (micrometres <= 0) {
            throw new IllegalArgumentException("spot diameter " + micrometres + " um is not positive");
        }
    }

    /** Diameter of {@code millimetres} mm, rounded to the nearest micrometre. */
    public static SpotDiameter ofMillimetres(double millimetres) {
        if (!Double.isFinite(millimetres)) {
            throw new IllegalArgumentException("spot diameter " + millimetres + " mm is not a number");
        }
        return new SpotDiameter(Math.round(millimetres * 1000.0));
    }

    /** The finest diameter this type holds: one micrometre. */
    private static final String RESOLUTION = "0.001 mm";

    /**
     * Parses {@code "4mm"}, {@code "4.5 mm"} or {@code "4000um"}.
     *
     * @throws IllegalArgumentException when the text is not a diameter, or is finer than 1 um
     *     (refused, never rounded)
     */
    public static SpotDiameter parse(String text) {
        Quantities.Parsed p = Quantities.parse(text, "spot diameter");
        return switch (p.unit().toLowerCase(java.util.Locale.ROOT)) {
            case "mm" -> new SpotDiameter(Quantities.exact(p, 3, "spot diameter", text, RESOLUTION));
            case "um", "µm" -> new SpotDiameter(Quantities.exact(p, 0, "spot diameter", text, RESOLUTION));
            default -> throw new IllegalArgumentException("spot diameter '" + text + "': unit must be mm or um");
        };
    }

    /** The diameter in millimetres. */
    public double millimetres() {
        return micrometres / 1000.0;
    }

    /** The spot's area in square centimetres: pi d^2 / 4. */
    public double areaSquareCentimetres() {
        double centimetres = micrometres / 10_000.0;
        return Math.PI * centimetres * centimetres / 4.0;
    }

    @Override
    public int compareTo(SpotDiameter other) {
        return Long.compare(micrometres, other.micrometres);
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(micrometres, 3).stripTrailingZeros().toPlainString() + " mm";
    }
}
