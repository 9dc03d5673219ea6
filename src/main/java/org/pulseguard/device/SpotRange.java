package org.pulseguard.device;

import java.util.Objects;
import java.util.Optional;
import org.pulseguard.quantity.SpotDiameter;

/**
 * The spot diameters a unit can set: {@code minimum, minimum + step, ... maximum}. A fixed tip is a
 * range whose minimum equals its maximum. Immutable, thread-safe.
 *
 * @param minimum smallest diameter
 * @param maximum largest diameter
 * @param step resolution; values between steps are refused, never rounded
 */
public record SpotRange(SpotDiameter minimum, SpotDiameter maximum, SpotDiameter step) {
    public SpotRange {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(step, "step");
        if (minimum.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("spot range " + minimum + ".." + maximum + " is empty");
        }
    }

    /** True when {@code spot} lies within minimum..maximum. */
    public boolean contains(SpotDiameter spot) {
        return spot.compareTo(minimum) >= 0 && spot.compareTo(maximum) <= 0;
    }

    /** What is wrong with {@code spot} (naming the limit), or empty when it is accepted. */
    public Optional<String> problemWith(SpotDiameter spot) {
        if (!contains(spot)) {
            return Optional.of(spot + " outside " + minimum + ".." + maximum);
        }
        if ((spot.micrometres() - minimum.micrometres()) % step.micrometres() != 0) {
            return Optional.of(spot + " not on the " + step + " step from " + minimum);
        }
        return Optional.empty();
    }
}
