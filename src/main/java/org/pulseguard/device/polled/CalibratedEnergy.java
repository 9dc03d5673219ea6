package org.pulseguard.device.polled;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.NativeEnergyCalibration;
import org.pulseguard.quantity.PulseEnergy;

/**
 * Energy set in a native unit the wire carries as whole steps (Big Sky: volts; Quanta-Ray: tenths
 * of a percent): the steps to send for an energy, the check of what the unit reads back, and the
 * energy in force. The energy last applied is remembered with its steps, so that while the unit
 * holds exactly those steps the energy in force is the one requested (not the curve's rounding of
 * it), and any other value is converted through the curve. Thread-safe.
 */
public final class CalibratedEnergy {
    private final NativeEnergyCalibration.Curve curve;
    private final double step;
    private final String unit;
    private Applied applied; // guarded by this

    private record Applied(PulseEnergy energy, long steps) {}

    /**
     * @param curve the calibration at the unit's wavelength
     * @param step the native value of one wire step, for example 1 (V) or 0.1 (%)
     * @param unit the native unit, for messages
     */
    public CalibratedEnergy(NativeEnergyCalibration.Curve curve, double step, String unit) {
        this.curve = Objects.requireNonNull(curve, "curve");
        this.step = step;
        this.unit = unit;
    }

    /**
     * The whole steps to send for {@code energy}: the curve's native value, rounded to the nearest
     * step.
     *
     * @throws DeviceException INVALID_REQUEST when the energy is off the calibrated curve
     */
    public long stepsFor(PulseEnergy energy) throws DeviceException {
        OptionalDouble nativeValue = curve.nativeValueFor(energy);
        if (nativeValue.isEmpty()) {
            throw new DeviceException(DeviceException.Reason.INVALID_REQUEST, "energy " + energy
                    + " outside the calibrated " + curve.lowest() + ".." + curve.highest());
        }
        return Math.round(nativeValue.getAsDouble() / step);
    }

    /**
     * Checks the steps read back for {@code requested}: converted to energy, they must agree within
     * half a step; then remembers them as the energy applied.
     *
     * @throws DeviceException READBACK_MISMATCH naming both values
     */
    public synchronized void confirm(PulseEnergy requested, long readBackSteps) throws DeviceException {
        if (!curve.agrees(requested, readBackSteps * step, step)) {
            throw new DeviceException(DeviceException.Reason.READBACK_MISMATCH, "energy: requested " + requested
                    + ", unit reads back " + describe(readBackSteps));
        }
        applied = new Applied(requested, readBackSteps);
    }

    /**
     * The energy in force while the unit holds {@code steps}.
     *
     * @throws DeviceException READBACK_MISMATCH when the value is off the calibrated curve
     */
    public synchronized PulseEnergy inForce(long steps) throws DeviceException {
        if (applied != null && applied.steps() == steps) {
            return applied.energy();
        }
        Optional<PulseEnergy> energy = curve.energyAt(steps * step);
        if (energy.isEmpty()) {
            throw new DeviceException(DeviceException.Reason.READBACK_MISMATCH, "unit holds " + plain(steps * step)
                    + " " + unit + ", outside the calibrated " + plain(curve.lowestNative()) + ".."
                    + plain(curve.highestNative()) + " " + unit);
        }
        return energy.get();
    }

    /** The native value of {@code steps} with its unit and, when on the curve, its energy. */
    public String describe(long steps) {
        String text = plain(steps * step) + " " + unit;
        return curve.energyAt(steps * step).map(e -> text + " (" + e + ")").orElse(text + " (off the curve)");
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
