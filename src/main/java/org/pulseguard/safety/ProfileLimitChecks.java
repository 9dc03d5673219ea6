package org.pulseguard.safety;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.ClinicalLimits;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.FluenceBand;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.quantity.Fluence;

/** The checks of a setpoint against what the clinic allows (the safe profile) for a skin type. Stateless. */
final class ProfileLimitChecks {
    private ProfileLimitChecks() {}

    static void check(DeviceProfile device, SafeProfile profile, SkinType skinType, Setpoint setpoint, Fluence fluence,
                      List<Refusal> out) {
        LimitSource source = LimitSource.of(profile);
        if (!profile.deviceId().equals(device.id())) {
            out.add(new Refusal(Parameter.SAFE_PROFILE, Breach.MISMATCH, "written for " + profile.deviceId(),
                    "the unit's device profile " + device.id(), source));
        }
        if (!setpoint.wavelength().equals(profile.wavelength())) {
            out.add(new Refusal(Parameter.WAVELENGTH, Breach.MISMATCH, setpoint.wavelength().toString(),
                    profile.wavelength().toString(), source));
        }
        if (setpoint.rate().compareTo(profile.maxRate()) > 0) {
            out.add(new Refusal(Parameter.RATE, Breach.ABOVE_MAXIMUM, setpoint.rate().toString(), profile.maxRate().toString(), source));
        }
        Optional<FluenceBand> band = profile.bandFor(skinType);
        String how = " (" + setpoint.energy() + " on " + setpoint.spot() + ")";
        if (band.isEmpty()) {
            out.add(new Refusal(Parameter.SKIN_TYPE, Breach.NOT_OFFERED, skinType.name(),
                    profile.skinTypes().stream().map(SkinType::name).collect(Collectors.joining(", ")), source));
            // No band to judge the fluence by, but the wavelength's hard cap still holds: name it too.
            ClinicalLimits.at(setpoint.wavelength()).filter(l -> fluence.compareTo(l.highestFluence()) > 0)
                    .ifPresent(l -> out.add(new Refusal(Parameter.FLUENCE, Breach.ABOVE_MAXIMUM, Shown.up(fluence) + how,
                            Shown.limit(l.highestFluence()) + " at " + setpoint.wavelength() + " for any skin type",
                            LimitSource.clinical(setpoint.wavelength()))));
            return;
        }
        String forType = " for skin type " + skinType;
        if (fluence.compareTo(band.get().maximum()) > 0) {
            out.add(new Refusal(Parameter.FLUENCE, Breach.ABOVE_MAXIMUM, Shown.up(fluence) + how,
                    Shown.limit(band.get().maximum()) + forType, source));
        } else if (fluence.compareTo(band.get().minimum()) < 0) {
            out.add(new Refusal(Parameter.FLUENCE, Breach.BELOW_MINIMUM, Shown.down(fluence) + how,
                    Shown.limit(band.get().minimum()) + forType, source));
        }
    }
}
