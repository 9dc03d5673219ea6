package org.pulseguard.device;

import java.time.Duration;
import java.util.Objects;

/**
 * What a unit says it is, read when the link is established. Immutable, thread-safe.
 *
 * @param model model name as reported
 * @param serial serial number as reported; identifies the physical unit
 * @param firmware firmware version as reported
 * @param watchdogPeriod longest silence the unit tolerates from its host while READY or emitting
 *     ({@link Duration#ZERO} when it has no watchdog)
 * @param emissionDelay minimum time between entering READY and the first pulse
 */
public record DeviceIdentity(String model, String serial, String firmware, Duration watchdogPeriod,
                             Duration emissionDelay) {
    public DeviceIdentity {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(watchdogPeriod, "watchdogPeriod");
        Objects.requireNonNull(emissionDelay, "emissionDelay");
    }

    /** True when {@code other} is the same physical unit (same model and serial number). */
    public boolean isSameUnitAs(DeviceIdentity other) {
        return model.equals(other.model) && serial.equals(other.serial);
    }
}
