package org.pulseguard.simulator.model;

/**
 * The unit's internal energy monitor: what each pulse measures, and the trip rule (outside +-20 %
 * of the setpoint on 3 consecutive pulses). Measured energy = setpoint x {@link EnergyNoise}'s
 * factor (seeded jitter, drift, offset), one draw per pulse, so the same seed gives the same
 * energies. Not thread-safe.
 */
final class EnergyMonitor {
    private static final double TOLERANCE = 0.20;
    private static final int TRIP_AFTER = 3;

    private final EnergyNoise noise;
    private int consecutiveOutside;

    EnergyMonitor(long seed, double sigma) {
        this.noise = new EnergyNoise(seed, sigma);
    }

    /** The measured energy of a pulse fired at {@code nanos} with setpoint {@code setpointMicrojoules}. */
    long measure(long setpointMicrojoules, long nanos) {
        long value = Math.round(setpointMicrojoules * noise.nextFactor(nanos));
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
        noise.setDrift(fractionPerMinute, nanos);
    }

    void setOffset(double fraction) {
        noise.setOffset(fraction);
    }

    double driftPerMinute() {
        return noise.driftPerMinute();
    }

    double offset() {
        return noise.offset();
    }

    /** Forgets the consecutive count (reboot). */
    void resetCount() {
        consecutiveOutside = 0;
    }
}
