package org.pulseguard.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pulseguard.quantity.Fluence;

/**
 * Whether a safe profile can be used on a device: same device id, a wavelength the unit has, and
 * limits the unit can reach (a cap the unit can never reach means the profile was not written for
 * it, or was written in the wrong unit). Stateless.
 */
final class SafeProfileFit {
    private SafeProfileFit() {}

    static List<FieldIssue> check(SafeProfile profile, DeviceProfile device) {
        List<FieldIssue> issues = new ArrayList<>();
        if (!profile.deviceId().equals(device.id())) {
            issues.add(new FieldIssue("deviceId", "'" + profile.deviceId() + "' is not the device '" + device.id() + "'"));
        }
        if (device.at(profile.wavelength()).isEmpty()) {
            issues.add(new FieldIssue("wavelengthNanometres", device.id() + " cannot emit " + profile.wavelength()
                    + " (it has " + device.wavelengthList() + ")"));
            return issues;
        }
        Fluence highest = device.highestFluence(profile.wavelength()).orElseThrow();
        Fluence lowest = device.lowestFluence(profile.wavelength()).orElseThrow();
        for (Map.Entry<SkinType, FluenceBand> e : profile.fluence().entrySet()) {
            String at = "fluence." + e.getKey() + ".maxJoulesPerSquareCentimetre";
            Fluence cap = e.getValue().maximum();
            if (cap.compareTo(highest) > 0) {
                issues.add(new FieldIssue(at, cap + " is a cap " + device.id() + " can never reach: at most " + highest
                        + " at " + profile.wavelength() + " (top energy on the smallest spot)"));
            } else if (cap.compareTo(lowest) < 0) {
                issues.add(new FieldIssue(at, cap + " is below the lowest fluence " + device.id() + " can make, " + lowest
                        + " (bottom energy on the largest spot): nothing would be allowed"));
            }
        }
        if (profile.maxRate().compareTo(device.rate().maximum()) > 0) {
            issues.add(new FieldIssue("maxRepetitionRate.hertz", profile.maxRate() + " is a cap " + device.id()
                    + " can never reach: at most " + device.rate().maximum()));
        } else if (profile.maxRate().compareTo(device.rate().minimum()) < 0) {
            issues.add(new FieldIssue("maxRepetitionRate.hertz", profile.maxRate() + " is below " + device.id()
                    + "'s lowest rate " + device.rate().minimum() + ": nothing would be allowed"));
        }
        return issues;
    }
}
