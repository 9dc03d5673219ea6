package org.pulseguard.simulator;

import java.time.Duration;
import java.util.Objects;
import org.pulseguard.simulator.link.LinkOptions;
import org.pulseguard.simulator.model.ModelConfig;
import org.pulseguard.simulator.model.WireSetpoint;
import org.pulseguard.transport.SerialSettings;

/**
 * Everything that makes one simulated reference laser: the unit ({@link ModelConfig}), the line
 * (settings, pacing, garbage on open) and the ticker period. Immutable; build it with
 * {@link #builder()} or take {@link #defaults()}.
 *
 * @param device the unit's identity and timing
 * @param link line settings, pacing and garbage on open
 * @param tickPeriod how often the model is advanced to the clock's time (about 2 ms)
 */
public record SimulatorConfig(ModelConfig device, LinkOptions link, Duration tickPeriod) {
    public SimulatorConfig {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(tickPeriod, "tickPeriod");
        if (tickPeriod.isNegative() || tickPeriod.isZero() || tickPeriod.toMillis() > 100) {
            throw new IllegalArgumentException("tickPeriod " + tickPeriod + " outside (0, 100 ms]");
        }
    }

    /** PG-RL1064 SIM-0001 1.0.0, warm-up 3 s, watchdog 500 ms, emission delay 1000 ms, 115200 8N1 paced. */
    public static SimulatorConfig defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SimulatorConfig}; each setter replaces one default. Not thread-safe. */
    public static final class Builder {
        private final ModelConfig base = ModelConfig.defaults();
        private String model = base.model();
        private String serial = base.serial();
        private String firmware = base.firmware();
        private Duration warmUp = base.warmUp();
        private Duration watchdogPeriod = base.watchdogPeriod();
        private Duration emissionDelay = base.emissionDelay();
        private long seed = base.seed();
        private double noiseSigma = base.noiseSigma();
        private long maxRateMillihertz = base.maxRateMillihertz();
        private WireSetpoint powerUpSetpoint = base.powerUpSetpoint();
        private long lifetimePulsesAtStart = base.lifetimePulsesAtStart();
        private boolean keyOnAtStart = base.keyOnAtStart();
        private SerialSettings lineSettings = SerialSettings.REFERENCE_DEFAULT;
        private boolean pacing = true;
        private int garbageOnOpenBytes;
        private Duration tickPeriod = Duration.ofMillis(2);

        private Builder() { }

        /** Model name reported by IDENTIFY. */
        public Builder model(String value) { model = value; return this; }

        /** Serial number reported by IDENTIFY. */
        public Builder serial(String value) { serial = value; return this; }

        /** Firmware version reported by IDENTIFY. */
        public Builder firmware(String value) { firmware = value; return this; }

        /** Key on to STANDBY. */
        public Builder warmUp(Duration value) { warmUp = value; return this; }

        /** Host watchdog period. */
        public Builder watchdogPeriod(Duration value) { watchdogPeriod = value; return this; }

        /** READY to first pulse. */
        public Builder emissionDelay(Duration value) { emissionDelay = value; return this; }

        /** Seed of the energy noise and of the link faults' choices. */
        public Builder seed(long value) { seed = value; return this; }

        /** Relative standard deviation of the measured energy (0.02 = 2 %). */
        public Builder noiseSigma(double value) { noiseSigma = value; return this; }

        /** Highest accepted rate in mHz (10000 per the spec; raise only for benchmarks). */
        public Builder maxRateMillihertz(long value) { maxRateMillihertz = value; return this; }

        /** WireSetpoint after power-up and reboot. */
        public Builder powerUpSetpoint(WireSetpoint value) { powerUpSetpoint = value; return this; }

        /** Lifetime counter at start. */
        public Builder lifetimePulsesAtStart(long value) { lifetimePulsesAtStart = value; return this; }

        /** Whether the key is on at start (then the unit warms up at once). */
        public Builder keyOnAtStart(boolean value) { keyOnAtStart = value; return this; }

        /** Line settings (pacing speed). */
        public Builder lineSettings(SerialSettings value) { lineSettings = value; return this; }

        /** Whether output is paced at the line speed. */
        public Builder pacing(boolean value) { pacing = value; return this; }

        /** Garbage bytes sent whenever the endpoint opens or a peer attaches. */
        public Builder garbageOnOpenBytes(int value) { garbageOnOpenBytes = value; return this; }

        /** Ticker period. */
        public Builder tickPeriod(Duration value) { tickPeriod = value; return this; }

        /** The configuration; throws IllegalArgumentException naming the bad field. */
        public SimulatorConfig build() {
            ModelConfig device = new ModelConfig(model, serial, firmware, warmUp, watchdogPeriod, emissionDelay, seed,
                    noiseSigma, maxRateMillihertz, powerUpSetpoint, lifetimePulsesAtStart, keyOnAtStart);
            return new SimulatorConfig(device, new LinkOptions(lineSettings, pacing, garbageOnOpenBytes), tickPeriod);
        }
    }
}
