package org.pulseguard.device;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

/**
 * What one laser model can do, as its driver reports or knows it. Dialect-neutral: the safety and
 * session layers decide from these flags and limits, never from the dialect. Immutable,
 * thread-safe.
 *
 * <p>The spot is either a motorised zoom (the spot range of each {@link ParameterLimits}, which
 * the host sets) or a set of fixed handpieces (the technician fits one and confirms it with
 * {@link LaserDevice#confirmHandpiece}); for handpieces, each wavelength's spot range is only their
 * envelope ({@link #handpieceEnvelope}) and a setpoint's spot must be one of them.
 *
 * @param pulseTelemetry true when the unit reports every pulse (with its measured energy,
 *     {@link DeviceEvent.PulseEmitted}); false when only counter deltas can be read
 *     ({@link DeviceEvent.PulsesCounted})
 * @param motorisedSpot true for a motorised zoom the host sets; false for a fixed tip or handpieces
 * @param directEnergy true when energy is set in millijoules; false when set in calibrated native
 *     units (lamp voltage, percent) converted by the driver through a {@link NativeEnergyCalibration}
 * @param keepAlive how the unit learns its host is alive
 * @param limits the parameter limits for each supported wavelength
 * @param fixedHandpieces the spot diameters of the fixed handpieces, ascending; empty for a
 *     motorised zoom (and for a fixed tip described by its spot range alone)
 */
public record DeviceCapabilities(boolean pulseTelemetry, boolean motorisedSpot, boolean directEnergy,
                                 KeepAlive keepAlive, Map<Wavelength, ParameterLimits> limits,
                                 Set<SpotDiameter> fixedHandpieces) {
    public DeviceCapabilities {
        Objects.requireNonNull(keepAlive, "keepAlive");
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("a unit supports at least one wavelength");
        }
        limits = Collections.unmodifiableMap(new TreeMap<>(limits));
        fixedHandpieces = Collections.unmodifiableSortedSet(new TreeSet<>(fixedHandpieces));
        if (motorisedSpot && !fixedHandpieces.isEmpty()) {
            throw new IllegalArgumentException("a motorised zoom has no fixed handpieces");
        }
        for (SpotDiameter handpiece : fixedHandpieces) {
            for (Map.Entry<Wavelength, ParameterLimits> at : limits.entrySet()) {
                if (!at.getValue().spot().contains(handpiece)) {
                    throw new IllegalArgumentException("handpiece " + handpiece + " outside the spot range at "
                            + at.getKey());
                }
            }
        }
    }

    /** Capabilities without fixed handpieces: a motorised zoom, or a fixed tip given by its spot range. */
    public DeviceCapabilities(boolean pulseTelemetry, boolean motorisedSpot, boolean directEnergy,
                              KeepAlive keepAlive, Map<Wavelength, ParameterLimits> limits) {
        this(pulseTelemetry, motorisedSpot, directEnergy, keepAlive, limits, new TreeSet<>());
    }

    /**
     * The spot range that just holds {@code handpieces}: smallest to largest, on the greatest common
     * step between them (1 um for a single handpiece), for the {@link ParameterLimits} of a unit with
     * fixed handpieces.
     */
    public static SpotRange handpieceEnvelope(Set<SpotDiameter> handpieces) {
        if (handpieces.isEmpty()) {
            throw new IllegalArgumentException("no handpieces");
        }
        TreeSet<SpotDiameter> sorted = new TreeSet<>(handpieces);
        long step = 0;
        for (SpotDiameter spot : sorted) {
            step = gcd(step, spot.micrometres() - sorted.first().micrometres());
        }
        return new SpotRange(sorted.first(), sorted.last(), new SpotDiameter(step == 0 ? 1 : step));
    }

    /** True when the unit has fixed handpieces the technician must confirm. */
    public boolean hasFixedHandpieces() {
        return !fixedHandpieces.isEmpty();
    }

    /** The wavelengths the unit can emit, in ascending order. */
    public Set<Wavelength> supportedWavelengths() {
        return limits.keySet();
    }

    /** The limits at {@code wavelength}, or empty when the unit cannot emit it. */
    public Optional<ParameterLimits> limitsAt(Wavelength wavelength) {
        return Optional.ofNullable(limits.get(wavelength));
    }

    /** The zoom range at {@code wavelength}, or empty for fixed spots or an unsupported wavelength. */
    public Optional<SpotRange> zoomRangeAt(Wavelength wavelength) {
        return motorisedSpot ? limitsAt(wavelength).map(ParameterLimits::spot) : Optional.empty();
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
        if (hasFixedHandpieces() && !fixedHandpieces.contains(setpoint.spot())) {
            throw invalid("spot diameter " + setpoint.spot() + " is not one of the handpieces " + fixedHandpieces);
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

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
