package org.pulseguard.quantity;

import java.util.Locale;

/**
 * Energy per area on the skin, in J/cm^2: E / (pi d^2 / 4). The number that decides clinical
 * effect and harm. Immutable, thread-safe.
 *
 * @param joulesPerSquareCentimetre 0 or more, finite
 */
public record Fluence(double joulesPerSquareCentimetre) implements Comparable<Fluence> {
    public Fluence {
        if (!Double.isFinite(joulesPerSquareCentimetre) || joulesPerSquareCentimetre < 0) {
            throw new IllegalArgumentException("fluence " + joulesPerSquareCentimetre + " J/cm2 is not a finite, non-negative number");
        }
    }

    /** The fluence of {@code energy} on a spot of {@code spot}. 1000 mJ on 4 mm gives 7.96 J/cm^2. */
    public static Fluence of(PulseEnergy energy, SpotDiameter spot) {
        return new Fluence(energy.joules() / spot.areaSquareCentimetres());
    }

    /** Fluence of {@code value} J/cm^2. */
    public static Fluence ofJoulesPerSquareCentimetre(double value) {
        return new Fluence(value);
    }

    /** The pulse energy that gives this fluence on {@code spot}, rounded down to a microjoule. */
    public PulseEnergy energyOn(SpotDiameter spot) {
        return new PulseEnergy((long) Math.floor(joulesPerSquareCentimetre * spot.areaSquareCentimetres() * 1_000_000.0));
    }

    @Override
    public int compareTo(Fluence other) {
        return Double.compare(joulesPerSquareCentimetre, other.joulesPerSquareCentimetre);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f J/cm2", joulesPerSquareCentimetre);
    }
}
