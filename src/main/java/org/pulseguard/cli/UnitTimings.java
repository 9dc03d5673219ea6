package org.pulseguard.cli;

import java.time.Duration;
import java.util.List;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.profile.DeviceProfile;

/**
 * The unit's identity for a person, and the watchdog and emission delay that apply to the session
 * with where each comes from: the unit's own report or its device profile (the supervisor uses the
 * longer emission delay of the two; a unit without a host watchdog is guarded by the controller
 * declaring the link lost after the profile's period of silence).
 */
final class UnitTimings {
    private UnitTimings() {
    }

    static List<String> describe(DeviceIdentity identity, DeviceProfile profile) {
        String unit = identity.model() + ", serial " + identity.serial() + ", firmware " + identity.firmware();
        String watchdog = identity.watchdogPeriod().isZero()
                ? "watchdog: the unit has none over its serial link; the controller declares the link lost after "
                        + millis(profile.watchdogPeriod()) + " without an answer (device profile " + profile.label() + ")"
                : "watchdog: the unit's own, " + millis(identity.watchdogPeriod()) + " (reported by the unit), kept fed by the controller";
        Duration applied = identity.emissionDelay().compareTo(profile.emissionDelay()) >= 0 ? identity.emissionDelay()
                : profile.emissionDelay();
        String delay = "emission delay: " + millis(applied) + ", the longer of the unit's "
                + (identity.emissionDelay().isZero() ? "(none reported)" : millis(identity.emissionDelay()))
                + " and device profile " + profile.label() + "'s " + millis(profile.emissionDelay());
        return List.of("unit: " + unit, watchdog, delay);
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }
}
