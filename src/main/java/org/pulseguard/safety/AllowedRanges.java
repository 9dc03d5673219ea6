package org.pulseguard.safety;

import java.util.Objects;
import java.util.Optional;
import org.pulseguard.device.EnergyRange;
import org.pulseguard.device.RateRange;
import org.pulseguard.profile.FluenceBand;
import org.pulseguard.profile.SkinType;
import org.pulseguard.profile.SpotOptions;
import org.pulseguard.quantity.Wavelength;

/**
 * What the gate would allow for each parameter when the other parameters stay as requested, so a
 * screen can show it before the technician asks. Each range lies on the unit's steps and every value
 * in it passes the gate's own checks for that parameter; empty means no value would. Immutable,
 * thread-safe.
 *
 * @param skinType the client's skin type the ranges are for
 * @param wavelength the wavelength allowed (the safe profile's, when the unit has it)
 * @param energy pulse energies allowed at the requested wavelength and spot
 * @param spot spot diameters allowed at the requested wavelength and energy
 * @param rate repetition rates allowed (unit's range up to the profile's maximum)
 * @param fluence the safe profile's fluence band for the skin type
 */
public record AllowedRanges(SkinType skinType, Optional<Wavelength> wavelength, Optional<EnergyRange> energy,
                            Optional<SpotOptions> spot, Optional<RateRange> rate, Optional<FluenceBand> fluence) {
    public AllowedRanges {
        Objects.requireNonNull(skinType, "skinType");
        Objects.requireNonNull(wavelength, "wavelength");
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(spot, "spot");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(fluence, "fluence");
    }
}
