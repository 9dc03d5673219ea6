package org.pulseguard.profile;

import java.util.Objects;
import org.pulseguard.quantity.Fluence;

/**
 * The fluences a safe profile allows for one skin type, both ends included. Immutable, thread-safe.
 *
 * @param minimum lowest fluence allowed, above 0
 * @param maximum highest fluence allowed (the cap), not below {@code minimum}
 */
public record FluenceBand(Fluence minimum, Fluence maximum) {
    public FluenceBand {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        if (minimum.joulesPerSquareCentimetre() <= 0) {
            throw new IllegalArgumentException("minimum fluence " + minimum + " is not above 0");
        }
        if (minimum.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("minimum fluence " + minimum + " is above the maximum " + maximum);
        }
    }

    /** True when {@code fluence} lies within minimum..maximum. */
    public boolean contains(Fluence fluence) {
        return fluence.compareTo(minimum) >= 0 && fluence.compareTo(maximum) <= 0;
    }

    @Override
    public String toString() {
        return minimum.toString().replace(" J/cm2", "") + ".." + maximum;
    }
}
