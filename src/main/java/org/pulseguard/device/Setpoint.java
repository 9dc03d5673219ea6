package org.pulseguard.device;

import java.util.Objects;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

/**
 * The treatment parameters a unit is set to: pulse energy, spot diameter, repetition rate and
 * wavelength, each a quantity carrying its unit. Immutable, thread-safe.
 *
 * @param energy pulse energy
 * @param spot spot diameter on the skin
 * @param rate repetition rate while firing
 * @param wavelength emission wavelength
 */
public record Setpoint(PulseEnergy energy, SpotDiameter spot, RepetitionRate rate, Wavelength wavelength) {
    public Setpoint {
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(spot, "spot");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(wavelength, "wavelength");
    }

    @Override
    public String toString() {
        return energy + ", " + spot + ", " + rate + ", " + wavelength;
    }
}
