package org.pulseguard.session;

import java.util.Objects;
import org.pulseguard.quantity.PulseEnergy;

/**
 * The energies a unit's energy monitor measured over the pulses of one run: minimum, mean and
 * maximum. Only units with per-pulse telemetry report them; a run on a unit counted from its
 * counters has none. Immutable, thread-safe.
 *
 * @param pulses how many measured pulses, 1 or more
 * @param minimum the lowest measured energy
 * @param maximum the highest measured energy
 * @param sumMicrojoules the sum of all measured energies, for the mean
 */
public record MeasuredEnergy(long pulses, PulseEnergy minimum, PulseEnergy maximum, long sumMicrojoules) {
    public MeasuredEnergy {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        if (pulses < 1 || minimum.compareTo(maximum) > 0 || sumMicrojoules < 0) {
            throw new IllegalArgumentException("measured energy of " + pulses + " pulses, " + minimum + ".." + maximum
                    + " is not a range of measurements");
        }
    }

    /** The statistics of one measured pulse. */
    public static MeasuredEnergy of(PulseEnergy measured) {
        return new MeasuredEnergy(1, measured, measured, measured.microjoules());
    }

    /** These statistics with one more measured pulse. */
    public MeasuredEnergy plus(PulseEnergy measured) {
        return new MeasuredEnergy(pulses + 1, measured.compareTo(minimum) < 0 ? measured : minimum,
                measured.compareTo(maximum) > 0 ? measured : maximum, sumMicrojoules + measured.microjoules());
    }

    /** The mean measured energy, rounded to the microjoule. */
    public PulseEnergy mean() {
        return new PulseEnergy(Math.round(sumMicrojoules / (double) pulses));
    }

    @Override
    public String toString() {
        return "measured " + minimum + " / " + mean() + " / " + maximum + " (min / mean / max)";
    }
}
