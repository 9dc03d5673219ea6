package org.pulseguard.simulator.model;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.pulseguard.protocol.reference.WireError;

/**
 * The reference unit's ranges and steps (docs/protocol/reference-laser.md section 7). A value off
 * the step is refused {@link WireError#OFF_STEP}, never rounded; outside the range it is refused
 * {@link WireError#OUT_OF_RANGE} (range is checked first). Immutable and thread-safe.
 */
public final class SetpointRules {
    /** 1064 nm, the Nd:YAG fundamental. */
    public static final int WAVELENGTH_1064 = 1064;
    /** 532 nm, frequency-doubled. */
    public static final int WAVELENGTH_532 = 532;
    /** The spec's highest repetition rate, 10.0 Hz. */
    public static final long SPEC_MAX_RATE_MILLIHERTZ = 10_000;

    private static final long ENERGY_MIN = 10_000;
    private static final long ENERGY_MAX_1064 = 1_200_000;
    private static final long ENERGY_MAX_532 = 600_000;
    private static final long ENERGY_STEP = 100;
    private static final long SPOT_MIN = 1_000;
    private static final long SPOT_MAX = 10_000;
    private static final long SPOT_STEP = 100;
    private static final long RATE_MIN = 500;
    private static final long RATE_STEP = 100;

    private final long maxRateMillihertz;

    /** @param maxRateMillihertz highest accepted rate; 10000 per the spec, higher only for benchmarks */
    public SetpointRules(long maxRateMillihertz) {
        if (maxRateMillihertz < RATE_MIN || maxRateMillihertz % RATE_STEP != 0) {
            throw new IllegalArgumentException("max rate " + maxRateMillihertz + " mHz must be >= 500 and a multiple of 100");
        }
        this.maxRateMillihertz = maxRateMillihertz;
    }

    /** Why {@code microjoules} cannot be set at {@code wavelength}, if it cannot. */
    public Optional<WireError> energy(long microjoules, int wavelength) {
        return check(microjoules, ENERGY_MIN, energyMax(wavelength), ENERGY_STEP);
    }

    /** Why {@code micrometres} cannot be set, if it cannot. */
    public Optional<WireError> spot(long micrometres) {
        return check(micrometres, SPOT_MIN, SPOT_MAX, SPOT_STEP);
    }

    /** Why {@code millihertz} cannot be set, if it cannot. */
    public Optional<WireError> rate(long millihertz) {
        return check(millihertz, RATE_MIN, maxRateMillihertz, RATE_STEP);
    }

    /** Why {@code nanometres} cannot be set while the energy setpoint is {@code energy}, if it cannot. */
    public Optional<WireError> wavelength(int nanometres, long energyMicrojoules) {
        if (nanometres != WAVELENGTH_1064 && nanometres != WAVELENGTH_532) {
            return Optional.of(WireError.OUT_OF_RANGE);
        }
        // The energy is never lowered behind the host's back (section 7): refuse instead.
        return energyMicrojoules > energyMax(nanometres) ? Optional.of(WireError.OUT_OF_RANGE) : Optional.empty();
    }

    /** True if every field of {@code setpoint} is acceptable. */
    public boolean accepts(WireSetpoint setpoint) {
        return energy(setpoint.energyMicrojoules(), setpoint.wavelengthNanometres()).isEmpty()
                && spot(setpoint.spotMicrometres()).isEmpty()
                && rate(setpoint.rateMillihertz()).isEmpty()
                && wavelength(setpoint.wavelengthNanometres(), setpoint.energyMicrojoules()).isEmpty();
    }

    /** A valid energy one step away from {@code requested} (the "misapply" fault). */
    public long misappliedEnergy(long requested, int wavelength) {
        return oneStepAway(requested, ENERGY_MIN, energyMax(wavelength), ENERGY_STEP);
    }

    /** A valid spot one step away from {@code requested}. */
    public int misappliedSpot(int requested) {
        return (int) oneStepAway(requested, SPOT_MIN, SPOT_MAX, SPOT_STEP);
    }

    /** A valid rate one step away from {@code requested}. */
    public long misappliedRate(long requested) {
        return oneStepAway(requested, RATE_MIN, maxRateMillihertz, RATE_STEP);
    }

    /** The other wavelength, if the energy allows it. */
    public OptionalInt misappliedWavelength(int requested, long energyMicrojoules) {
        int other = requested == WAVELENGTH_1064 ? WAVELENGTH_532 : WAVELENGTH_1064;
        return wavelength(other, energyMicrojoules).isEmpty() ? OptionalInt.of(other) : OptionalInt.empty();
    }

    /** Highest accepted rate in millihertz. */
    public long maxRateMillihertz() {
        return maxRateMillihertz;
    }

    private static long energyMax(int wavelength) {
        return wavelength == WAVELENGTH_532 ? ENERGY_MAX_532 : ENERGY_MAX_1064;
    }

    private static Optional<WireError> check(long value, long min, long max, long step) {
        if (value < min || value > max) {
            return Optional.of(WireError.OUT_OF_RANGE);
        }
        return value % step != 0 ? Optional.of(WireError.OFF_STEP) : Optional.empty();
    }

    private static long oneStepAway(long value, long min, long max, long step) {
        OptionalLong up = value + step <= max ? OptionalLong.of(value + step) : OptionalLong.empty();
        return up.orElse(Math.max(min, value - step));
    }
}
