package org.pulseguard.device;

import java.util.Objects;
import java.util.Optional;
import org.pulseguard.quantity.PulseEnergy;

/**
 * The pulse energies a unit accepts: {@code minimum, minimum + step, ... maximum}. Immutable,
 * thread-safe.
 *
 * @param minimum lowest energy accepted
 * @param maximum highest energy accepted
 * @param step resolution; values between steps are refused, never rounded
 */
public record EnergyRange(PulseEnergy minimum, PulseEnergy maximum, PulseEnergy step) {
    public EnergyRange {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(step, "step");
        if (minimum.compareTo(maximum) > 0 || step.microjoules() <= 0) {
            throw new IllegalArgumentException("energy range " + minimum + ".." + maximum + " step " + step + " is empty");
        }
    }

    /** True when {@code energy} lies within minimum..maximum. */
    public boolean contains(PulseEnergy energy) {
        return energy.compareTo(minimum) >= 0 && energy.compareTo(maximum) <= 0;
    }

    /** What is wrong with {@code energy} (naming the limit), or empty when it is accepted. */
    public Optional<String> problemWith(PulseEnergy energy) {
        if (!contains(energy)) {
            return Optional.of(energy + " outside " + minimum + ".." + maximum);
        }
        if ((energy.microjoules() - minimum.microjoules()) % step.microjoules() != 0) {
            return Optional.of(energy + " not on the " + step + " step from " + minimum);
        }
        return Optional.empty();
    }
}
