package org.pulseguard.profile;

import java.util.Objects;
import java.util.Optional;
import org.pulseguard.device.EnergyRange;
import org.pulseguard.quantity.Wavelength;

/**
 * What a unit can do at one wavelength: the pulse energies it accepts and, for units told their
 * energy in native units, the calibration curve that converts. Immutable, thread-safe.
 *
 * @param wavelength the emission wavelength
 * @param energy the energies accepted (range and step, in microjoules exactly)
 * @param calibration the native-unit curve, empty for units set directly in energy
 */
public record WavelengthCapability(Wavelength wavelength, EnergyRange energy, Optional<EnergyCalibration> calibration) {
    public WavelengthCapability {
        Objects.requireNonNull(wavelength, "wavelength");
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(calibration, "calibration");
        long span = energy.maximum().microjoules() - energy.minimum().microjoules();
        if (span % energy.step().microjoules() != 0) {
            throw new IllegalArgumentException("energy step " + energy.step() + " does not divide " + energy.minimum() + ".."
                    + energy.maximum() + " at " + wavelength);
        }
    }
}
