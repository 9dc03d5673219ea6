package org.pulseguard.device;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.Wavelength;

/**
 * How a unit told its energy in a native unit (flashlamp volts, PFN percent) turns that setting
 * into pulse energy: one {@link Curve} per wavelength, a table of measured (energy, native value)
 * points strictly increasing in both, interpolated linearly between points both ways and never
 * extrapolated. The layer above builds it from the clinic's device profile; drivers of units whose
 * {@link DeviceCapabilities#directEnergy()} is false take it in their constructor. Immutable,
 * thread-safe.
 */
public final class NativeEnergyCalibration {
    /** The native unit of the Big Sky / CFR {@code V} command: flashlamp volts. */
    public static final String FLASHLAMP_VOLTS = "V";
    /** The native unit of the Quanta-Ray {@code OPFN} command: percent of the oscillator PFN's full scale. */
    public static final String OPFN_PERCENT = "%";

    private final String nativeUnit;
    private final Map<Wavelength, Curve> curves;

    /**
     * @param nativeUnit the unit of the native values, for example {@link #FLASHLAMP_VOLTS}
     * @param curves one curve per calibrated wavelength, at least one
     */
    public NativeEnergyCalibration(String nativeUnit, Map<Wavelength, Curve> curves) {
        if (nativeUnit == null || nativeUnit.isBlank()) {
            throw new IllegalArgumentException("a calibration names its native unit");
        }
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("a calibration needs a curve for at least one wavelength");
        }
        curves.values().forEach(curve -> Objects.requireNonNull(curve, "curve"));
        this.nativeUnit = nativeUnit;
        this.curves = Collections.unmodifiableMap(new TreeMap<>(curves));
    }

    /** The unit of the native values, for example {@code V} or {@code %}. */
    public String nativeUnit() {
        return nativeUnit;
    }

    /** The calibrated wavelengths, ascending. */
    public Set<Wavelength> wavelengths() {
        return curves.keySet();
    }

    /** The curve at {@code wavelength}, or empty when that wavelength is not calibrated. */
    public Optional<Curve> curveAt(Wavelength wavelength) {
        return Optional.ofNullable(curves.get(wavelength));
    }

    @Override
    public String toString() {
        return "calibration in " + nativeUnit + " at " + curves.keySet();
    }

    /**
     * One measured point: at native setting {@code nativeValue} the unit delivered {@code energy}.
     *
     * @param energy the pulse energy measured
     * @param nativeValue the setting, in the calibration's native unit, finite
     */
    public record Point(PulseEnergy energy, double nativeValue) {
        public Point {
            Objects.requireNonNull(energy, "energy");
            if (!Double.isFinite(nativeValue)) {
                throw new IllegalArgumentException("native value " + nativeValue + " is not a number");
            }
        }
    }

    /**
     * The calibration at one wavelength.
     *
     * @param points at least two, strictly increasing in energy and in native value
     */
    public record Curve(List<Point> points) {
        public Curve {
            points = List.copyOf(points);
            if (points.size() < 2) {
                throw new IllegalArgumentException("a calibration curve needs at least two points");
            }
            for (int i = 1; i < points.size(); i++) {
                Point low = points.get(i - 1);
                Point high = points.get(i);
                if (high.nativeValue() <= low.nativeValue() || high.energy().compareTo(low.energy()) <= 0) {
                    throw new IllegalArgumentException("calibration point " + i + " (" + high.energy() + " at "
                            + high.nativeValue() + ") does not increase in both energy and native value");
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

        /** The lowest native value the curve covers. */
        public double lowestNative() {
            return points.get(0).nativeValue();
        }

        /** The highest native value the curve covers. */
        public double highestNative() {
            return points.get(points.size() - 1).nativeValue();
        }

        /** True when {@code energy} lies on the curve (no extrapolation). */
        public boolean covers(PulseEnergy energy) {
            return energy.compareTo(lowest()) >= 0 && energy.compareTo(highest()) <= 0;
        }

        /** The native value that gives {@code energy}, interpolated; empty when the energy is off the curve. */
        public OptionalDouble nativeValueFor(PulseEnergy energy) {
            if (!covers(energy)) {
                return OptionalDouble.empty();
            }
            int segment = 1;
            while (energy.compareTo(points.get(segment).energy()) > 0) {
                segment++;
            }
            Point low = points.get(segment - 1);
            Point high = points.get(segment);
            double fraction = (double) (energy.microjoules() - low.energy().microjoules())
                    / (high.energy().microjoules() - low.energy().microjoules());
            return OptionalDouble.of(low.nativeValue() + fraction * (high.nativeValue() - low.nativeValue()));
        }

        /**
         * The energy the unit delivers at {@code nativeValue}, interpolated and rounded to a microjoule;
         * empty when the value is off the curve.
         */
        public Optional<PulseEnergy> energyAt(double nativeValue) {
            if (!(nativeValue >= lowestNative() && nativeValue <= highestNative())) {
                return Optional.empty();
            }
            int segment = 1;
            while (nativeValue > points.get(segment).nativeValue()) {
                segment++;
            }
            Point low = points.get(segment - 1);
            Point high = points.get(segment);
            double fraction = (nativeValue - low.nativeValue()) / (high.nativeValue() - low.nativeValue());
            long microjoules = low.energy().microjoules()
                    + Math.round(fraction * (high.energy().microjoules() - low.energy().microjoules()));
            return Optional.of(new PulseEnergy(microjoules));
        }

        /**
         * True when the native value read back from the unit gives {@code requested} within half a
         * native step: the read-back value is converted to energy and compared with the request, with
         * a tolerance of half a step times the curve's slope there (the steeper side at a point).
         * A read-back value off the curve never agrees.
         *
         * @param nativeStep the unit's resolution in the native unit, for example 1 V or 0.1 %
         */
        public boolean agrees(PulseEnergy requested, double nativeReadBack, double nativeStep) {
            if (!(nativeStep > 0)) {
                throw new IllegalArgumentException("native step " + nativeStep + " is not positive");
            }
            Optional<PulseEnergy> readBack = energyAt(nativeReadBack);
            if (readBack.isEmpty()) {
                return false;
            }
            double toleranceMicrojoules = slopeAt(nativeReadBack) * nativeStep / 2 + 1; // + 1 uJ: rounding of energyAt
            return Math.abs(readBack.get().microjoules() - requested.microjoules()) <= toleranceMicrojoules;
        }

        /** Microjoules per native unit at {@code nativeValue} (on the curve); the larger slope at a point. */
        private double slopeAt(double nativeValue) {
            double slope = 0;
            for (int i = 1; i < points.size(); i++) {
                Point low = points.get(i - 1);
                Point high = points.get(i);
                if (nativeValue >= low.nativeValue() && nativeValue <= high.nativeValue()) {
                    slope = Math.max(slope, (high.energy().microjoules() - low.energy().microjoules())
                            / (high.nativeValue() - low.nativeValue()));
                }
            }
            return slope;
        }
    }
}
