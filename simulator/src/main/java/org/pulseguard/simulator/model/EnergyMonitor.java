package org.pulseguard.simulator.model;

import java.util.Random;

/**
 * The unit's internal energy monitor: what each pulse measures, and the trip rule (outside +-20 %
 * of the setpoint on 3 consecutive pulses). Measured energy = setpoint x (1 + drift + offset +
 * sigma x Gaussian), where drift grows linearly with device time from the moment it was set, and
 * the Gaussian comes from a seeded {@link Random}, one draw per pulse, so the same seed gives the
 * same energies. Not thread-safe.
 */
final class EnergyMonitor {
    private static final double TOLERANCE = 0.20;
    private static final int TRIP_AFTER = 3;
    private static final double NANOS_PER_MINUTE = 60e9;

    private final Random random;
    private final double sigma;
    private double driftPerMinute;
    private long driftSince;
    private double offset;
    private int consecutiveOutside;

    EnergyMonitor(long seed, double sigma) {
        this.random = new Random(seed);
        this.sigma = sigma;
    }

    /** The measured energy of a pulse fired at {@code nanos} with setpoint {@code setpointMicrojoules}. */
    long measure(long setpointMicrojoules, long nanos) {
        double drift = driftPerMinute * (nanos - driftSince) / NANOS_PER_MINUTE;
        double factor = 1 + drift + offset + sigma * random.nextGaussian();
        long value = Math.round(setpointMicrojoules * factor);
        return Math.max(0, Math.min(0xFFFF_FFFFL, value));
    }

    /** Records a pulse; true when it is the third consecutive one outside tolerance (the monitor trips). */
    boolean recordAndTrip(long measuredMicrojoules, long setpointMicrojoules) {
        boolean outside = Math.abs(measuredMicrojoules - setpointMicrojoules) > TOLERANCE * setpointMicrojoules;
        consecutiveOutside = outside ? consecutiveOutside + 1 : 0;
        if (consecutiveOutside >= TRIP_AFTER) {
            consecutiveOutside = 0;
            return true;
        }
        return false;
    }

    /** Drift of {@code fractionPerMinute} from {@code nanos} on, starting at 0; 0 removes the drift. */
    void setDrift(double fractionPerMinute, long nanos) {
        driftPerMinute = fractionPerMinute;
        driftSince = nanos;
    }

    void setOffset(double fraction) {
        offset = fraction;
    }

    double driftPerMinute() {
        return driftPerMinute;
    }

    double offset() {
        return offset;
    }

    /** Forgets the consecutive count (reboot). */
    void resetCount() {
        consecutiveOutside = 0;
    }
}
