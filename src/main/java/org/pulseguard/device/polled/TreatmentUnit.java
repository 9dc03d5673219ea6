package org.pulseguard.device.polled;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.pulseguard.device.DeviceCapabilities;
import org.pulseguard.device.EnergyRange;
import org.pulseguard.device.KeepAlive;
import org.pulseguard.device.NativeEnergyCalibration;
import org.pulseguard.device.ParameterLimits;
import org.pulseguard.device.RateRange;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

/**
 * What a treatment unit built on a polled laser head is, as configured by the layer above from the
 * clinic's device profile: the one wavelength it emits (its harmonic generator is fixed for the
 * handpieces fitted, so the wavelength is a fact of the unit, not a setting sent to it [inferred]),
 * the energy calibration, the energies and rates allowed and its fixed handpieces. Immutable,
 * thread-safe.
 *
 * @param activeWavelength the wavelength the unit emits; setpoints at any other are refused
 * @param calibration energy to native value; must have a curve at {@code activeWavelength}
 * @param energy the energies allowed, within that curve
 * @param handpieces the spot diameters of the fixed handpieces, at least one
 * @param rate the repetition rates allowed
 */
public record TreatmentUnit(Wavelength activeWavelength, NativeEnergyCalibration calibration, EnergyRange energy,
                            Set<SpotDiameter> handpieces, RateRange rate) {
    public TreatmentUnit {
        Objects.requireNonNull(activeWavelength, "activeWavelength");
        Objects.requireNonNull(calibration, "calibration");
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(rate, "rate");
        handpieces = Collections.unmodifiableSet(new TreeSet<>(handpieces));
        if (handpieces.isEmpty()) {
            throw new IllegalArgumentException("a treatment unit with fixed handpieces needs at least one");
        }
        NativeEnergyCalibration.Curve curve = calibration.curveAt(activeWavelength).orElseThrow(() ->
                new IllegalArgumentException("the " + calibration + " has no curve at " + activeWavelength));
        if (!curve.covers(energy.minimum()) || !curve.covers(energy.maximum())) {
            throw new IllegalArgumentException("energies " + energy.minimum() + ".." + energy.maximum()
                    + " reach beyond the calibrated " + curve.lowest() + ".." + curve.highest() + " at "
                    + activeWavelength);
        }
    }

    /** The calibration curve at the active wavelength. */
    public NativeEnergyCalibration.Curve curve() {
        return calibration.curveAt(activeWavelength).orElseThrow();
    }

    /**
     * The capabilities of such a unit: counter deltas instead of per-pulse telemetry, fixed
     * handpieces, energy in calibrated native units, a polled keep-alive, limits at the active
     * wavelength only.
     */
    public DeviceCapabilities capabilities() {
        ParameterLimits limits = new ParameterLimits(energy, DeviceCapabilities.handpieceEnvelope(handpieces), rate);
        return new DeviceCapabilities(false, false, false, KeepAlive.POLLED, Map.of(activeWavelength, limits),
                handpieces);
    }
}
