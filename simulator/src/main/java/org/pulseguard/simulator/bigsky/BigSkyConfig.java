package org.pulseguard.simulator.bigsky;

import java.time.Duration;
import java.util.Objects;
import org.pulseguard.protocol.bigsky.BigSkyReply;
import org.pulseguard.simulator.link.LinkOptions;
import org.pulseguard.simulator.model.EnergyCurve;
import org.pulseguard.transport.SerialSettings;

/**
 * Everything that makes one simulated Big Sky / CFR treatment unit: identity, fixed readings,
 * factory limits, power-up settings, counters at start, its internal energy curve and noise, the
 * line and the ticker period. Immutable; build it with {@link #builder()} or take
 * {@link #defaults()}.
 *
 * @param serial serial number, 0..999 ({@code SN} has three digits), also the {@code $<serial>} address
 * @param software {@code X}: name and version
 * @param softwareDate {@code DAT}
 * @param coolingCelsius {@code CG} while the coolant is within limits, 0..99
 * @param overTemperatureCelsius {@code CG} while over temperature, 0..99
 * @param rackOption {@code NPS}, 0..9
 * @param capacitorOption {@code NCA}, 0..9
 * @param laserType {@code NOP}, 0..99 (15 = CFR)
 * @param voltageMinimum factory lower limit for {@code V}, volts (at least 500)
 * @param voltageMaximum factory upper limit for {@code V}, volts (at most 1800)
 * @param qswitchDelayMinimum {@code WMN} and lower limit for {@code W}, microseconds (at least 80)
 * @param qswitchDelayMaximum {@code WMX} and upper limit for {@code W}, microseconds (at most 999)
 * @param qswitchWait {@code QSW}, lamp pulses, 0..999
 * @param qswitchRamp {@code QSR}, 0..99
 * @param qswitchMinimumTemperature {@code TQN}, degC 0..99
 * @param qswitchRampStep {@code QSS}, microseconds 0..99
 * @param powerUpSettings the settings after power-up and reboot (configuration slot 1 until saved over)
 * @param lampShotsAtStart {@code C} when the simulator starts
 * @param lampUserShotsAtStart {@code UC} when the simulator starts
 * @param qswitchShotsAtStart {@code CQ} when the simulator starts
 * @param qswitchUserShotsAtStart {@code UCQ} when the simulator starts
 * @param runTimeAtStart {@code T} when the simulator starts
 * @param energyCurve the unit's own flashlamp volts to millijoules relation at 1064 nm
 * @param seed seed of the shot-to-shot energy noise and of the link faults
 * @param noiseSigma relative standard deviation of the pulse energy, 0..1
 * @param link line settings, pacing, garbage on open
 * @param tickPeriod how often the model is advanced to the clock's time
 */
public record BigSkyConfig(int serial, BigSkyReply.SoftwareVersion software, BigSkyReply.SoftwareDate softwareDate,
                           int coolingCelsius, int overTemperatureCelsius, int rackOption, int capacitorOption,
                           int laserType, int voltageMinimum, int voltageMaximum, int qswitchDelayMinimum,
                           int qswitchDelayMaximum, int qswitchWait, int qswitchRamp, int qswitchMinimumTemperature,
                           int qswitchRampStep, BigSkySettings powerUpSettings, long lampShotsAtStart,
                           long lampUserShotsAtStart, long qswitchShotsAtStart, long qswitchUserShotsAtStart,
                           Duration runTimeAtStart, EnergyCurve energyCurve, long seed, double noiseSigma,
                           LinkOptions link, Duration tickPeriod) {

    /** Largest value of a nine-digit counter. */
    public static final long MAX_COUNTER = 999_999_999L;

    /**
     * The unit's internal energy curve [inferred, illustrative]: no lasing below 750 V, then the
     * bigsky-cfr200 profile's placeholder points (800 V 8 mJ ... 1350 V 215 mJ), then flattening
     * to 300 mJ at 1800 V.
     */
    public static final EnergyCurve DEFAULT_CURVE = EnergyCurve.of(new double[] {750, 0}, new double[] {800, 8},
            new double[] {900, 40}, new double[] {1000, 80}, new double[] {1100, 120}, new double[] {1200, 160},
            new double[] {1300, 200}, new double[] {1350, 215}, new double[] {1500, 250}, new double[] {1800, 300});

    public BigSkyConfig {
        range("serial", serial, 0, 999);
        Objects.requireNonNull(software, "software");
        Objects.requireNonNull(softwareDate, "softwareDate");
        range("coolingCelsius", coolingCelsius, 0, 99);
        range("overTemperatureCelsius", overTemperatureCelsius, 0, 99);
        range("rackOption", rackOption, 0, 9);
        range("capacitorOption", capacitorOption, 0, 9);
        range("laserType", laserType, 0, 99);
        range("voltageMinimum", voltageMinimum, 500, 1800);
        range("voltageMaximum", voltageMaximum, voltageMinimum, 1800);
        range("qswitchDelayMinimum", qswitchDelayMinimum, 80, 999);
        range("qswitchDelayMaximum", qswitchDelayMaximum, qswitchDelayMinimum, 999);
        range("qswitchWait", qswitchWait, 0, 999);
        range("qswitchRamp", qswitchRamp, 0, 99);
        range("qswitchMinimumTemperature", qswitchMinimumTemperature, 0, 99);
        range("qswitchRampStep", qswitchRampStep, 0, 99);
        Objects.requireNonNull(powerUpSettings, "powerUpSettings");
        range("lampShotsAtStart", lampShotsAtStart, 0, MAX_COUNTER);
        range("lampUserShotsAtStart", lampUserShotsAtStart, 0, MAX_COUNTER);
        range("qswitchShotsAtStart", qswitchShotsAtStart, 0, MAX_COUNTER);
        range("qswitchUserShotsAtStart", qswitchUserShotsAtStart, 0, MAX_COUNTER);
        Objects.requireNonNull(runTimeAtStart, "runTimeAtStart");
        range("runTimeAtStart minutes", runTimeAtStart.toMinutes(), 0, 9999L * 60 + 59);
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

    /** Serial 184, CFR200 1.23 of 14/03/19, 25 degC, 9600 8N1 paced; see {@link Builder} for every default. */
    public static BigSkyConfig defaults() {
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

    /** Builds a {@link BigSkyConfig}; each setter replaces one default. Not thread-safe. */
    public static final class Builder {
        private int serial = 184;
        private BigSkyReply.SoftwareVersion software = new BigSkyReply.SoftwareVersion("CFR200 ", 1, 23);
        private BigSkyReply.SoftwareDate softwareDate = new BigSkyReply.SoftwareDate(14, 3, 19);
        private int coolingCelsius = 25;
        private int overTemperatureCelsius = 45;
        private int rackOption = 1;
        private int capacitorOption = 2;
        private int laserType = 15;
        private int voltageMinimum = 500;
        private int voltageMaximum = 1800;
        private int qswitchDelayMinimum = 80;
        private int qswitchDelayMaximum = 400;
        private int qswitchWait = 10;
        private int qswitchRamp = 20;
        private int qswitchMinimumTemperature = 25;
        private int qswitchRampStep = 5;
        private BigSkySettings powerUpSettings = BigSkySettings.factory();
        private long lampShotsAtStart = 12_345_678;
        private long lampUserShotsAtStart = 1_234;
        private long qswitchShotsAtStart = 123_456;
        private long qswitchUserShotsAtStart = 42;
        private Duration runTimeAtStart = Duration.ofHours(1234).plusMinutes(56);
        private EnergyCurve energyCurve = DEFAULT_CURVE;
        private long seed = 1;
        private double noiseSigma = 0.02;
        private SerialSettings lineSettings = new SerialSettings(9600, 8, 'N', 1);
        private boolean pacing = true;
        private int garbageOnOpenBytes;
        private Duration tickPeriod = Duration.ofMillis(2);

        private Builder() { }

        /** Serial number (0..999) and {@code $<serial>} address; default 184. */
        public Builder serial(int value) { serial = value; return this; }

        /** {@code X}; default {@code CFR200 } 1.23. */
        public Builder software(BigSkyReply.SoftwareVersion value) { software = value; return this; }

        /** {@code DAT}; default 14/03/19. */
        public Builder softwareDate(BigSkyReply.SoftwareDate value) { softwareDate = value; return this; }

        /** {@code CG} within limits; default 25 degC. */
        public Builder coolingCelsius(int value) { coolingCelsius = value; return this; }

        /** {@code CG} while over temperature; default 45 degC. */
        public Builder overTemperatureCelsius(int value) { overTemperatureCelsius = value; return this; }

        /** {@code NPS}, {@code NCA}, {@code NOP}; default 1, 2, 15. */
        public Builder options(int rack, int capacitor, int type) {
            rackOption = rack;
            capacitorOption = capacitor;
            laserType = type;
            return this;
        }

        /** Factory limits of {@code V}; default 500..1800 V. */
        public Builder voltageLimits(int minimum, int maximum) {
            voltageMinimum = minimum;
            voltageMaximum = maximum;
            return this;
        }

        /** {@code WMN}/{@code WMX}, the limits of {@code W}; default 80..400 us. */
        public Builder qswitchDelayLimits(int minimum, int maximum) {
            qswitchDelayMinimum = minimum;
            qswitchDelayMaximum = maximum;
            return this;
        }

        /** {@code QSW QSR TQN QSS}; default 10, 20, 25 degC, 5 us. */
        public Builder qswitchFixed(int wait, int ramp, int minimumTemperature, int rampStep) {
            qswitchWait = wait;
            qswitchRamp = ramp;
            qswitchMinimumTemperature = minimumTemperature;
            qswitchRampStep = rampStep;
            return this;
        }

        /** Settings after power-up and reboot; default {@link BigSkySettings#factory()}. */
        public Builder powerUpSettings(BigSkySettings value) { powerUpSettings = value; return this; }

        /** {@code C UC CQ UCQ} at start; default 12345678, 1234, 123456, 42. */
        public Builder countersAtStart(long lamp, long lampUser, long qswitch, long qswitchUser) {
            lampShotsAtStart = lamp;
            lampUserShotsAtStart = lampUser;
            qswitchShotsAtStart = qswitch;
            qswitchUserShotsAtStart = qswitchUser;
            return this;
        }

        /** {@code T} at start; default 1234 h 56 min. */
        public Builder runTimeAtStart(Duration value) { runTimeAtStart = value; return this; }

        /** The unit's volts to millijoules curve; default {@link #DEFAULT_CURVE}. */
        public Builder energyCurve(EnergyCurve value) { energyCurve = value; return this; }

        /** Seed of the energy noise and the link faults; default 1. */
        public Builder seed(long value) { seed = value; return this; }

        /** Relative standard deviation of the pulse energy; default 0.02. */
        public Builder noiseSigma(double value) { noiseSigma = value; return this; }

        /** Line settings (pacing speed); default 9600 8N1. */
        public Builder lineSettings(SerialSettings value) { lineSettings = value; return this; }

        /** Whether output is paced at the line speed; default true. */
        public Builder pacing(boolean value) { pacing = value; return this; }

        /** Garbage bytes sent whenever the endpoint opens or a peer attaches; default 0. */
        public Builder garbageOnOpenBytes(int value) { garbageOnOpenBytes = value; return this; }

        /** Ticker period; default 2 ms. */
        public Builder tickPeriod(Duration value) { tickPeriod = value; return this; }

        /** The configuration; throws IllegalArgumentException naming the bad field. */
        public BigSkyConfig build() {
            return new BigSkyConfig(serial, software, softwareDate, coolingCelsius, overTemperatureCelsius, rackOption,
                    capacitorOption, laserType, voltageMinimum, voltageMaximum, qswitchDelayMinimum,
                    qswitchDelayMaximum, qswitchWait, qswitchRamp, qswitchMinimumTemperature, qswitchRampStep,
                    powerUpSettings, lampShotsAtStart, lampUserShotsAtStart, qswitchShotsAtStart,
                    qswitchUserShotsAtStart, runTimeAtStart, energyCurve, seed, noiseSigma,
                    new LinkOptions(lineSettings, pacing, garbageOnOpenBytes), tickPeriod);
        }
    }
}
