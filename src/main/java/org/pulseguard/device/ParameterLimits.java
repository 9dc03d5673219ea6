package org.pulseguard.device;

import java.util.Objects;

/**
 * What a unit accepts at one wavelength. Immutable, thread-safe.
 *
 * @param energy pulse energies
 * @param spot spot diameters
 * @param rate repetition rates
 */
public record ParameterLimits(EnergyRange energy, SpotRange spot, RateRange rate) {
    public ParameterLimits {
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(spot, "spot");
        Objects.requireNonNull(rate, "rate");
    }
}
