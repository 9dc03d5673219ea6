package org.pulseguard.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.quantity.Fluence;
import org.pulseguard.quantity.Wavelength;

/**
 * The one place pulseguard decides whether a setpoint may reach a laser, before any byte exists.
 * Given the unit's device profile, the clinic's safe profile, the client's skin type and the
 * requested setpoint, it returns {@link GateDecision.Allowed} with the fluence, or
 * {@link GateDecision.Refused} with every reason (never only the first). It checks:
 * <ul>
 *   <li>the safe profile is written for this unit, and the wavelength is one the unit has and the
 *       profile's;</li>
 *   <li>the skin type is one the profile treats (so 532 nm never for IV-VI: no 532 nm profile may
 *       list them);</li>
 *   <li>energy within the unit's range at that wavelength and on its step; the spot one the unit can
 *       make (zoom range and step, or a fixed handpiece); the rate within the unit's range and step
 *       and at most the profile's maximum;</li>
 *   <li>the fluence, energy / (pi d^2 / 4), within the profile's band for the skin type, both ends
 *       included; a profile's band never exceeds the clinical hard limits (enforced when it is built).</li>
 * </ul>
 * Pure functions, no I/O, no state: thread-safe.
 */
public final class SafetyGate {
    private SafetyGate() {}

    /** Decides on {@code setpoint} for a client of {@code skinType} on {@code device} under {@code profile}. */
    public static GateDecision check(DeviceProfile device, SafeProfile profile, SkinType skinType, Setpoint setpoint) {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(skinType, "skinType");
        Objects.requireNonNull(setpoint, "setpoint");
        Fluence fluence = Fluence.of(setpoint.energy(), setpoint.spot());
        List<Refusal> refusals = new ArrayList<>();
        DeviceLimitChecks.check(device, setpoint, refusals);
        ProfileLimitChecks.check(device, profile, skinType, setpoint, fluence, refusals);
        if (refusals.isEmpty()) {
            return new GateDecision.Allowed(setpoint, fluence);
        }
        return new GateDecision.Refused(setpoint, fluence, refusals);
    }

    /**
     * The values each parameter could take, the others staying as in {@code setpoint}: energy at its
     * spot and wavelength, spot at its energy, rate, and the fluence band; see {@link AllowedRanges}.
     */
    public static AllowedRanges allowedRanges(DeviceProfile device, SafeProfile profile, SkinType skinType, Setpoint setpoint) {
        Objects.requireNonNull(setpoint, "setpoint");
        boolean sameDevice = profile.deviceId().equals(device.id());
        Optional<Wavelength> wavelength = Optional.of(profile.wavelength())
                .filter(w -> sameDevice && device.at(w).isPresent());
        if (!sameDevice) {
            return new AllowedRanges(skinType, wavelength, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        return new AllowedRanges(skinType, wavelength,
                RangeCalculator.energy(device, profile, skinType, setpoint),
                RangeCalculator.spot(device, profile, skinType, setpoint),
                RangeCalculator.rate(device, profile),
                profile.bandFor(skinType));
    }
}
