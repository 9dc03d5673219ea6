package org.pulseguard.profile;

import java.util.Objects;
import org.pulseguard.quantity.PulseEnergy;

/**
 * One measured point of an energy calibration curve: at this native setting (volts or percent, see
 * {@link NativeEnergyUnit}) the unit delivered this pulse energy. Immutable, thread-safe.
 *
 * @param nativeValue the setting in the curve's native unit, finite
 * @param energy the pulse energy measured at that setting
 */
public record CalibrationPoint(double nativeValue, PulseEnergy energy) {
    public CalibrationPoint {
        Objects.requireNonNull(energy, "energy");
        if (!Double.isFinite(nativeValue)) {
            throw new IllegalArgumentException("calibration setting " + nativeValue + " is not a number");
        }
    }
}
