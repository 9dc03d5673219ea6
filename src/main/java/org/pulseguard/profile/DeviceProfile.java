package org.pulseguard.profile;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pulseguard.device.RateRange;
import org.pulseguard.quantity.Fluence;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.transport.SerialSettings;

/**
 * What one laser model can do and how to talk to it, as read from {@code device-profiles/<id>/device.json}
 * (format in docs/profiles.md). Built only when every rule holds (the dialect's serial settings,
 * spot kind, native energy unit and watchdog granularity; tolerance within +-20 %): otherwise the
 * constructor throws {@link InvalidProfileException} naming every broken field. Immutable, thread-safe.
 *
 * @param id lower-case name, letters, digits and dashes; also the folder name
 * @param version semantic version {@code MAJOR.MINOR.PATCH}
 * @param model the manufacturer's model name
 * @param description one line for people
 * @param dialect the protocol it speaks
 * @param serial line settings, those of the dialect
 * @param wavelengths at least one, each wavelength once
 * @param spots the spot diameters it can make
 * @param rate repetition rates it accepts (range and step)
 * @param pulseWidthNanoseconds the Q-switched pulse width as the unit's documentation gives it, ns
 * @param tolerance how far measured energy may stray before a run is stopped
 * @param emissionDelay time from READY to the first possible pulse, 0..60 s
 * @param watchdogPeriod silence after which the unit (or, without a heartbeat, the controller) drops to STANDBY
 * @param calibration the last energy calibration and its expiry
 */
public record DeviceProfile(String id, String version, String model, String description, Dialect dialect,
                            SerialSettings serial, List<WavelengthCapability> wavelengths, SpotOptions spots,
                            RateRange rate, double pulseWidthNanoseconds, EnergyTolerance tolerance,
                            Duration emissionDelay, Duration watchdogPeriod, CalibrationRecord calibration) {
    /** Ids of profiles: lower-case letters, digits and single dashes. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Versions of profiles: {@code MAJOR.MINOR.PATCH}. */
    public static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");

    public DeviceProfile {
        for (Object part : new Object[] {id, version, model, description, dialect, serial, spots, rate, tolerance,
                emissionDelay, watchdogPeriod, calibration}) {
            Objects.requireNonNull(part, "device profile part");
        }
        wavelengths = List.copyOf(wavelengths);
        List<FieldIssue> issues = DeviceProfileRules.check(id, version, dialect, serial, wavelengths, spots, rate,
                pulseWidthNanoseconds, emissionDelay, watchdogPeriod);
        if (!issues.isEmpty()) {
            throw new InvalidProfileException(issues);
        }
    }

    /** What the unit can do at {@code wavelength}, or empty when it cannot emit it. */
    public Optional<WavelengthCapability> at(Wavelength wavelength) {
        return wavelengths.stream().filter(w -> w.wavelength().equals(wavelength)).findFirst();
    }

    /** The wavelengths the unit can emit, in file order. */
    public List<Wavelength> wavelengthList() {
        return wavelengths.stream().map(WavelengthCapability::wavelength).toList();
    }

    /** The highest fluence the unit can deliver at {@code wavelength}: its top energy on its smallest spot. */
    public Optional<Fluence> highestFluence(Wavelength wavelength) {
        return at(wavelength).map(w -> Fluence.of(w.energy().maximum(), spots.smallest()));
    }

    /** The lowest fluence the unit can deliver at {@code wavelength}: its bottom energy on its largest spot. */
    public Optional<Fluence> lowestFluence(Wavelength wavelength) {
        return at(wavelength).map(w -> Fluence.of(w.energy().minimum(), spots.largest()));
    }

    /** {@code "id version"}, for naming the profile in reasons and records. */
    public String label() {
        return id + " " + version;
    }
}
