package org.pulseguard.simulator.quantaray;

import java.time.Duration;
import java.util.Objects;
import org.pulseguard.protocol.quantaray.QuantaRayLimits;
import org.pulseguard.protocol.quantaray.QuantaRayReply;
import org.pulseguard.simulator.link.LinkOptions;
import org.pulseguard.simulator.model.EnergyCurve;
import org.pulseguard.transport.SerialSettings;

/**
 * Everything that makes one simulated Quanta-Ray INDI/PRO/LAB treatment unit: identity, warm-up
 * (ON to simmer), power-up settings, shot counter at start, its internal energy curve and noise,
 * the line and the ticker period. Immutable; build it with {@link #builder()} or take
 * {@link #defaults()}.
 *
 * @param identity the {@code *IDN?} line
 * @param warmUp from {@code ON} to oscillator simmer (about 20 s on a real unit; tests use 0)
 * @param fixedRateCentihertz the lamp rate of {@code LAMP FIX}, centihertz (10 Hz)
 * @param powerUpVariableRateCentihertz {@code LAMP VAR?} after power-up, 1..10000
 * @param powerUpOscillatorPfn {@code READ:OPFN?} after power-up, tenths of a percent
 * @param powerUpAmplifierPfn {@code READ:APFN?} after power-up, tenths of a percent
 * @param powerUpAdvancedSync {@code QSW ADV?} after power-up, microseconds
 * @param powerUpQswitchDelay {@code QSW DEL?} after power-up, microseconds
 * @param shotsAtStart {@code SHOT?} when the simulator starts
 * @param recentlyFired how long {@code *STB?} bit 12 stays set after a shot
 * @param energyCurve the unit's own oscillator PFN percent to millijoules relation at 1064 nm
 * @param seed seed of the shot-to-shot energy noise and of the link faults
 * @param noiseSigma relative standard deviation of the pulse energy, 0..1
 * @param link line settings at power-up, pacing, garbage on open
 * @param tickPeriod how often the model is advanced to the clock's time
 */
public record QuantaRayConfig(String identity, Duration warmUp, int fixedRateCentihertz,
                              int powerUpVariableRateCentihertz, int powerUpOscillatorPfn, int powerUpAmplifierPfn,
                              int powerUpAdvancedSync, int powerUpQswitchDelay, long shotsAtStart,
                              Duration recentlyFired, EnergyCurve energyCurve, long seed, double noiseSigma,
                              LinkOptions link, Duration tickPeriod) {

    /**
     * The unit's internal energy curve [inferred, illustrative]: no lasing below 40 %, then the
     * quantaray-lab150 profile's placeholder points (45 % 10 mJ ... 95 % 860 mJ), 900 mJ at 100 %.
     */
    public static final EnergyCurve DEFAULT_CURVE = EnergyCurve.of(new double[] {40, 0}, new double[] {45, 10},
            new double[] {55, 120}, new double[] {65, 300}, new double[] {75, 500}, new double[] {85, 700},
            new double[] {95, 860}, new double[] {100, 900});

    public QuantaRayConfig {
        new QuantaRayReply.Identity(identity);
        requireDuration("warmUp", warmUp);
        range("fixedRateCentihertz", fixedRateCentihertz, 1, QuantaRayLimits.MAX_RATE_CENTIHERTZ);
        range("powerUpVariableRateCentihertz", powerUpVariableRateCentihertz, 1, QuantaRayLimits.MAX_RATE_CENTIHERTZ);
        range("powerUpOscillatorPfn", powerUpOscillatorPfn, 0, QuantaRayLimits.MAX_TENTHS_PERCENT);
        range("powerUpAmplifierPfn", powerUpAmplifierPfn, 0, QuantaRayLimits.MAX_TENTHS_PERCENT);
        range("powerUpAdvancedSync", powerUpAdvancedSync, 0, QuantaRayLimits.MAX_DELAY_MICROSECONDS);
        range("powerUpQswitchDelay", powerUpQswitchDelay, 0, QuantaRayLimits.MAX_DELAY_MICROSECONDS);
        range("shotsAtStart", shotsAtStart, 0, QuantaRayLimits.MAX_UNSIGNED_32);
        requireDuration("recentlyFired", recentlyFired);
        Objects.requireNonNull(energyCurve, "energyCurve");
        if (!(noiseSigma >= 0 && noiseSigma <= 1)) {
            throw new IllegalArgumentException("noiseSigma " + noiseSigma + " outside 0..1");
        }
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(tickPeriod, "tickPeriod");
        if (tickPeriod.isNegative() || tickPeriod.isZero() || tickPeriod.toMillis() > 100) {
            throw new IllegalArgumentException("tickPeriod " + tickPeriod + " outside (0, 100 ms]");
        }
    }

    /** LAB-150-10, warm-up 20 s, 9600 8N2 paced; see {@link Builder} for every default. */
    public static QuantaRayConfig defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    private static void range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " " + value + " outside " + min + ".." + max);
        }
    }

    private static void requireDuration(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.toHours() > 24) {
            throw new IllegalArgumentException(field + " " + value + " outside 0..24 h");
        }
    }

    /** Builds a {@link QuantaRayConfig}; each setter replaces one default. Not thread-safe. */
    public static final class Builder {
        private String identity = "SPECTRA-PHYSICS,LAB-150-10,1234,2.01";
        private Duration warmUp = Duration.ofSeconds(20);
        private int fixedRateCentihertz = 1000;
        private int variableRateCentihertz = 1000;
        private int oscillatorPfn = 550;
        private int amplifierPfn = 600;
        private int advancedSync = 150;
        private int qswitchDelay = 200;
        private long shotsAtStart = 123_456;
        private Duration recentlyFired = Duration.ofSeconds(1);
        private EnergyCurve energyCurve = DEFAULT_CURVE;
        private long seed = 1;
        private double noiseSigma = 0.02;
        private SerialSettings lineSettings = new SerialSettings(9600, 8, 'N', 2);
        private boolean pacing = true;
        private int garbageOnOpenBytes;
        private Duration tickPeriod = Duration.ofMillis(2);

        private Builder() { }

        /** {@code *IDN?}; default {@code SPECTRA-PHYSICS,LAB-150-10,1234,2.01}. */
        public Builder identity(String value) { identity = value; return this; }

        /** ON to simmer; default 20 s. */
        public Builder warmUp(Duration value) { warmUp = value; return this; }

        /** Lamp rate of {@code LAMP FIX}; default 1000 cHz (10 Hz). */
        public Builder fixedRateCentihertz(int value) { fixedRateCentihertz = value; return this; }

        /** {@code LAMP VAR?} after power-up; default 1000 cHz. */
        public Builder variableRateCentihertz(int value) { variableRateCentihertz = value; return this; }

        /** {@code OPFN} and {@code APFN} after power-up, tenths of a percent; default 550 and 600. */
        public Builder pfn(int oscillatorTenths, int amplifierTenths) {
            oscillatorPfn = oscillatorTenths;
            amplifierPfn = amplifierTenths;
            return this;
        }

        /** {@code ADV} and {@code QSW DEL} after power-up, microseconds; default 150 and 200. */
        public Builder delays(int advancedSyncMicros, int qswitchDelayMicros) {
            advancedSync = advancedSyncMicros;
            qswitchDelay = qswitchDelayMicros;
            return this;
        }

        /** {@code SHOT?} at start; default 123456. */
        public Builder shotsAtStart(long value) { shotsAtStart = value; return this; }

        /** How long {@code *STB?} bit 12 stays set after a shot; default 1 s. */
        public Builder recentlyFired(Duration value) { recentlyFired = value; return this; }

        /** The unit's percent to millijoules curve; default {@link #DEFAULT_CURVE}. */
        public Builder energyCurve(EnergyCurve value) { energyCurve = value; return this; }

        /** Seed of the energy noise and the link faults; default 1. */
        public Builder seed(long value) { seed = value; return this; }

        /** Relative standard deviation of the pulse energy; default 0.02. */
        public Builder noiseSigma(double value) { noiseSigma = value; return this; }

        /** Line settings at power-up (pacing speed); default 9600 8N2. */
        public Builder lineSettings(SerialSettings value) { lineSettings = value; return this; }

        /** Whether output is paced at the line speed; default true. */
        public Builder pacing(boolean value) { pacing = value; return this; }

        /** Garbage bytes sent whenever the endpoint opens or a peer attaches; default 0. */
        public Builder garbageOnOpenBytes(int value) { garbageOnOpenBytes = value; return this; }

        /** Ticker period; default 2 ms. */
        public Builder tickPeriod(Duration value) { tickPeriod = value; return this; }

        /** The configuration; throws IllegalArgumentException (or the codec's exception for the identity). */
        public QuantaRayConfig build() {
            return new QuantaRayConfig(identity, warmUp, fixedRateCentihertz, variableRateCentihertz, oscillatorPfn,
                    amplifierPfn, advancedSync, qswitchDelay, shotsAtStart, recentlyFired, energyCurve, seed,
                    noiseSigma, new LinkOptions(lineSettings, pacing, garbageOnOpenBytes), tickPeriod);
        }
    }
}
