package org.pulseguard.simulator.model;

import java.util.Random;

/**
 * What makes a unit's real pulse energy differ from its nominal one, for every dialect: a seeded
 * shot-to-shot Gaussian jitter, an injected drift that grows linearly with device time from the
 * moment it was set, and an injected step offset. Pulse energy = nominal x (1 + drift + offset +
 * sigma x Gaussian), one Gaussian draw per pulse from a seeded {@link Random}, so the same seed
 * gives the same energies. Not thread-safe; owned by one model.
 */
public final class EnergyNoise {
    private static final double NANOS_PER_MINUTE = 60e9;

    private final Random random;
    private final double sigma;
    private double driftPerMinute;
    private long driftSince;
    private double offset;

    /**
     * @param seed seed of the jitter
     * @param sigma relative standard deviation of the jitter (0.02 = 2 %), 0..1
     */
    public EnergyNoise(long seed, double sigma) {
        if (!(sigma >= 0 && sigma <= 1)) {
            throw new IllegalArgumentException("noise sigma " + sigma + " outside 0..1");
        }
        this.random = new Random(seed);
        this.sigma = sigma;
    }

    /** The factor applied to the nominal energy of a pulse fired at {@code nanos}; never negative. */
    public double nextFactor(long nanos) {
        double drift = driftPerMinute * (nanos - driftSince) / NANOS_PER_MINUTE;
        return Math.max(0, 1 + drift + offset + sigma * random.nextGaussian());
    }

    /** Drift of {@code fractionPerMinute} from {@code nanos} on, starting at 0; 0 removes the drift. */
    public void setDrift(double fractionPerMinute, long nanos) {
        driftPerMinute = fractionPerMinute;
        driftSince = nanos;
    }

    /** A step offset, as a fraction (0 removes it). */
    public void setOffset(double fraction) {
        offset = fraction;
    }

    /** The injected drift, fraction per minute. */
    public double driftPerMinute() {
        return driftPerMinute;
    }

    /** The injected offset, fraction. */
    public double offset() {
        return offset;
    }
}
