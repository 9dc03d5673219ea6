package org.pulseguard.profile;

import java.util.List;
import java.util.Objects;
import org.pulseguard.quantity.PulseEnergy;

/**
 * How a lamp-pumped unit's native setting (flashlamp volts, PFN percent) maps to pulse energy at one
 * wavelength: a table strictly increasing in both columns, interpolated linearly between points and
 * never extrapolated. Immutable, thread-safe.
 *
 * @param unit the native unit of {@link CalibrationPoint#nativeValue()}
 * @param points at least two, strictly increasing in setting and in energy, settings within the
 *     unit's accepted range
 */
public record EnergyCalibration(NativeEnergyUnit unit, List<CalibrationPoint> points) {
    public EnergyCalibration {
        Objects.requireNonNull(unit, "unit");
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a calibration curve needs at least two points");
        }
        for (int i = 0; i < points.size(); i++) {
            CalibrationPoint p = points.get(i);
            if (!unit.accepts(p.nativeValue())) {
                throw new IllegalArgumentException("calibration setting " + p.nativeValue() + " " + unit.symbol()
                        + " outside " + unit.lowest() + ".." + unit.highest());
            }
            if (i > 0 && (p.nativeValue() <= points.get(i - 1).nativeValue()
                    || p.energy().compareTo(points.get(i - 1).energy()) <= 0)) {
                throw new IllegalArgumentException("calibration point " + i + " does not increase in setting and energy");
            }
        }
    }

    /** The lowest energy the curve covers. */
    public PulseEnergy lowest() {
        return points.get(0).energy();
    }

    /** The highest energy the curve covers. */
    public PulseEnergy highest() {
        return points.get(points.size() - 1).energy();
    }

    /** True when {@code energy} lies within the curve (no extrapolation). */
    public boolean covers(PulseEnergy energy) {
        return energy.compareTo(lowest()) >= 0 && energy.compareTo(highest()) <= 0;
    }

    /**
     * The native setting that gives {@code energy}, interpolated linearly between the two points
     * around it.
     *
     * @throws IllegalArgumentException when the energy lies outside the curve
     */
    public double nativeValueFor(PulseEnergy energy) {
        if (!covers(energy)) {
            throw new IllegalArgumentException(energy + " outside the calibrated " + lowest() + ".." + highest());
        }
        for (int i = 1; i < points.size(); i++) {
            CalibrationPoint hi = points.get(i);
            if (energy.compareTo(hi.energy()) <= 0) {
                CalibrationPoint lo = points.get(i - 1);
                double fraction = (double) (energy.microjoules() - lo.energy().microjoules())
                        / (hi.energy().microjoules() - lo.energy().microjoules());
                return lo.nativeValue() + fraction * (hi.nativeValue() - lo.nativeValue());
            }
        }
        throw new IllegalStateException("unreachable: energy " + energy + " is covered");
    }

    /**
     * The energy the unit delivers at native setting {@code nativeValue}, rounded to a microjoule.
     *
     * @throws IllegalArgumentException when the setting lies outside the curve
     */
    public PulseEnergy energyAt(double nativeValue) {
        CalibrationPoint first = points.get(0);
        CalibrationPoint last = points.get(points.size() - 1);
        if (!(nativeValue >= first.nativeValue() && nativeValue <= last.nativeValue())) {
            throw new IllegalArgumentException("setting " + nativeValue + " " + unit.symbol() + " outside the calibrated "
                    + first.nativeValue() + ".." + last.nativeValue());
        }
        for (int i = 1; i < points.size(); i++) {
            CalibrationPoint hi = points.get(i);
            if (nativeValue <= hi.nativeValue()) {
                CalibrationPoint lo = points.get(i - 1);
                double fraction = (nativeValue - lo.nativeValue()) / (hi.nativeValue() - lo.nativeValue());
                long uj = lo.energy().microjoules()
                        + Math.round(fraction * (hi.energy().microjoules() - lo.energy().microjoules()));
                return new PulseEnergy(uj);
            }
        }
        throw new IllegalStateException("unreachable: setting " + nativeValue + " is covered");
    }
}
