package org.pulseguard.device;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.pulseguard.quantity.Wavelength;

/**
 * What one laser model can do, as its driver reports or knows it. Dialect-neutral: the safety and
 * session layers decide from these flags and limits, never from the dialect. Immutable,
 * thread-safe.
 *
 * @param pulseTelemetry true when the unit reports every pulse (with its measured energy); false
 *     when only counter deltas can be read
 * @param motorisedSpot true for a motorised zoom the host sets; false for a fixed tip
 * @param directEnergy true when energy is set in millijoules; false when set in calibrated native
 *     units (lamp voltage, percent) converted by the driver
 * @param keepAlive how the unit learns its host is alive
 * @param limits the parameter limits for each supported wavelength
 */
public record DeviceCapabilities(boolean pulseTelemetry, boolean motorisedSpot, boolean directEnergy,
                                 KeepAlive keepAlive, Map<Wavelength, ParameterLimits> limits) {
    public DeviceCapabilities {
        Objects.requireNonNull(keepAlive, "keepAlive");
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("a unit supports at least one wavelength");
        }
        limits = Collections.unmodifiableMap(new TreeMap<>(limits));
    }

    /** The wavelengths the unit can emit, in ascending order. */
    public Set<Wavelength> supportedWavelengths() {
        return limits.keySet();
    }

    /** The limits at {@code wavelength}, or empty when the unit cannot emit it. */
    public Optional<ParameterLimits> limitsAt(Wavelength wavelength) {
        return Optional.ofNullable(limits.get(wavelength));
    }

    /**
     * Checks {@code setpoint} against these capabilities before anything is sent.
     *
     * @throws DeviceException {@link DeviceException.Reason#INVALID_REQUEST} naming the parameter,
     *     the value and the limit it breaks
     */
    public void check(Setpoint setpoint) throws DeviceException {
        ParameterLimits at = limits.get(setpoint.wavelength());
        if (at == null) {
            throw invalid("wavelength " + setpoint.wavelength() + " not supported (supported: "
                    + supportedWavelengths() + ")");
        }
        String where = " at " + setpoint.wavelength();
        Optional<String> problem = at.energy().problemWith(setpoint.energy());
        if (problem.isPresent()) {
            throw invalid("energy " + problem.get() + where);
        }
        problem = at.spot().problemWith(setpoint.spot());
        if (problem.isPresent()) {
            throw invalid("spot diameter " + problem.get() + where);
        }
        problem = at.rate().problemWith(setpoint.rate());
        if (problem.isPresent()) {
            throw invalid("repetition rate " + problem.get() + where);
        }
    }

    private static DeviceException invalid(String message) {
        return new DeviceException(DeviceException.Reason.INVALID_REQUEST, message);
    }
}
