package org.pulseguard.profile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pulseguard.device.RateRange;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.transport.SerialSettings;

/**
 * The rules a device profile must keep that involve more than one field or the dialect's protocol
 * facts. Paths are those of the profile file. Stateless.
 */
final class DeviceProfileRules {
    /** Longest emission delay accepted: a typo guard, far above the FDA guide's typical 2-20 s. */
    static final Duration LONGEST_EMISSION_DELAY = Duration.ofSeconds(60);
    /** Q-switched pulses are nanoseconds long; 1000 ns and above is not a Q-switched unit. */
    static final double LONGEST_PULSE_WIDTH_NANOSECONDS = 1000;
    /** Big Sky sets the rate as F = Hz x 100, 1..9999 (docs/references.md#bigsky-drivers): 10 mHz resolution. */
    private static final long BIG_SKY_RATE_RESOLUTION_MILLIHERTZ = 10;
    private static final long BIG_SKY_HIGHEST_RATE_MILLIHERTZ = 99_990;

    private DeviceProfileRules() {}

    static List<FieldIssue> check(String id, String version, Dialect dialect, SerialSettings serial,
                                  List<WavelengthCapability> wavelengths, SpotOptions spots, RateRange rate,
                                  double pulseWidthNanoseconds, Duration emissionDelay, Duration watchdogPeriod) {
        List<FieldIssue> issues = new ArrayList<>();
        if (!DeviceProfile.ID.matcher(id).matches()) {
            issues.add(new FieldIssue("id", "'" + id + "' is not lower-case letters, digits and dashes"));
        }
        if (!DeviceProfile.VERSION.matcher(version).matches()) {
            issues.add(new FieldIssue("version", "'" + version + "' is not a version like 1.0.0"));
        }
        if (!serial.equals(dialect.serial())) {
            issues.add(new FieldIssue("serial", serial + " differs from the " + dialect.fileName() + " protocol's " + dialect.serial()));
        }
        checkWavelengths(dialect, wavelengths, issues);
        checkSpots(dialect, spots, issues);
        if ((rate.maximum().millihertz() - rate.minimum().millihertz()) % rate.step().millihertz() != 0) {
            issues.add(new FieldIssue("repetitionRate.stepHertz", rate.step() + " does not divide " + rate.minimum() + ".." + rate.maximum()));
        }
        if (dialect == Dialect.BIG_SKY) {
            checkBigSkyRate(rate, issues);
        }
        if (!(pulseWidthNanoseconds > 0 && pulseWidthNanoseconds < LONGEST_PULSE_WIDTH_NANOSECONDS)) {
            issues.add(new FieldIssue("pulseWidth.nanoseconds", pulseWidthNanoseconds
                    + " ns is not above 0 and below " + LONGEST_PULSE_WIDTH_NANOSECONDS + " ns (a Q-switched pulse)"));
        }
        if (emissionDelay.isNegative() || emissionDelay.compareTo(LONGEST_EMISSION_DELAY) > 0) {
            issues.add(new FieldIssue("emissionDelay.milliseconds", emissionDelay.toMillis() + " ms is not within 0.."
                    + LONGEST_EMISSION_DELAY.toMillis() + " ms"));
        }
        checkWatchdog(dialect, watchdogPeriod, issues);
        return issues;
    }

    private static void checkWavelengths(Dialect dialect, List<WavelengthCapability> wavelengths, List<FieldIssue> issues) {
        if (wavelengths.isEmpty()) {
            issues.add(new FieldIssue("wavelengths", "a unit emits at least one wavelength"));
        }
        Set<Wavelength> seen = new HashSet<>();
        for (int i = 0; i < wavelengths.size(); i++) {
            WavelengthCapability w = wavelengths.get(i);
            String at = "wavelengths[" + i + "]";
            if (!seen.add(w.wavelength())) {
                issues.add(new FieldIssue(at + ".nanometres", w.wavelength() + " is listed twice"));
            }
            checkCalibration(dialect, w, at + ".energyCalibration", issues);
        }
    }

    private static void checkCalibration(Dialect dialect, WavelengthCapability w, String at, List<FieldIssue> issues) {
        Optional<NativeEnergyUnit> needed = dialect.nativeEnergyUnit();
        if (needed.isEmpty()) {
            if (w.calibration().isPresent()) {
                issues.add(new FieldIssue(at, dialect.fileName() + " units are set in millijoules directly; remove the calibration"));
            }
            return;
        }
        if (w.calibration().isEmpty()) {
            issues.add(new FieldIssue(at, "missing: " + dialect.fileName() + " units are set in "
                    + needed.get().fileName() + " and need a calibration curve"));
            return;
        }
        EnergyCalibration curve = w.calibration().get();
        if (curve.unit() != needed.get()) {
            issues.add(new FieldIssue(at + ".nativeUnit", curve.unit().fileName() + " is not the "
                    + dialect.fileName() + " unit " + needed.get().fileName()));
        }
        if (!curve.covers(w.energy().minimum()) || !curve.covers(w.energy().maximum())) {
            issues.add(new FieldIssue(at + ".points", "the curve covers " + curve.lowest() + ".." + curve.highest()
                    + " but the energy range is " + w.energy().minimum() + ".." + w.energy().maximum()
                    + " (never extrapolated)"));
        }
    }

    private static void checkSpots(Dialect dialect, SpotOptions spots, List<FieldIssue> issues) {
        boolean zoom = spots instanceof ZoomSpots;
        if (dialect.spotKind() == Dialect.SpotKind.ZOOM && !zoom) {
            issues.add(new FieldIssue("spot", dialect.fileName() + " units have a motorised zoom; describe it as spot.zoom"));
        }
        if (dialect.spotKind() == Dialect.SpotKind.HANDPIECES && zoom) {
            issues.add(new FieldIssue("spot", dialect.fileName() + " units have no spot command; list the fixed spot.handpieces"));
        }
    }

    private static void checkBigSkyRate(RateRange rate, List<FieldIssue> issues) {
        long resolution = BIG_SKY_RATE_RESOLUTION_MILLIHERTZ;
        if (rate.minimum().millihertz() % resolution != 0) {
            issues.add(new FieldIssue("repetitionRate.minHertz", rate.minimum() + " is finer than the 0.01 Hz of the F command"));
        }
        if (rate.step().millihertz() % resolution != 0) {
            issues.add(new FieldIssue("repetitionRate.stepHertz", rate.step() + " is finer than the 0.01 Hz of the F command"));
        }
        if (rate.maximum().millihertz() > BIG_SKY_HIGHEST_RATE_MILLIHERTZ) {
            issues.add(new FieldIssue("repetitionRate.maxHertz", rate.maximum() + " is above the F command's 99.99 Hz"));
        }
    }

    private static void checkWatchdog(Dialect dialect, Duration period, List<FieldIssue> issues) {
        String field = "watchdog.periodMilliseconds";
        if (period.isNegative() || period.isZero()) {
            issues.add(new FieldIssue(field, period.toMillis() + " ms: a watchdog period is above 0 (0 would disable it)"));
        } else if (period.toMillis() % dialect.watchdogResolution().toMillis() != 0) {
            issues.add(new FieldIssue(field, period.toMillis() + " ms is not a whole number of "
                    + dialect.watchdogResolution().toMillis() + " ms, as the " + dialect.fileName() + " protocol sets it"));
        } else if (period.compareTo(dialect.longestWatchdog()) > 0) {
            issues.add(new FieldIssue(field, period.toMillis() + " ms is above the " + dialect.fileName()
                    + " protocol's longest " + dialect.longestWatchdog().toMillis() + " ms"));
        }
    }
}
