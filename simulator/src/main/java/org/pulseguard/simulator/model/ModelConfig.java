package org.pulseguard.simulator.model;

import java.time.Duration;
import java.util.Objects;

/**
 * What the simulated unit is and how it behaves in time. Immutable; validated in the constructor.
 *
 * @param model model name reported by IDENTIFY (printable ASCII, at most 32 characters)
 * @param serial serial number reported by IDENTIFY
 * @param firmware firmware version reported by IDENTIFY
 * @param warmUp time from key on to STANDBY
 * @param watchdogPeriod host watchdog period, 1..65535 ms
 * @param emissionDelay minimum time from entering READY to the first pulse, 0..65535 ms
 * @param seed seed of the energy monitor's noise
 * @param noiseSigma relative standard deviation of the measured pulse energy (0.02 = 2 %)
 * @param maxRateMillihertz highest accepted repetition rate (10000 per the spec; more for benchmarks)
 * @param powerUpSetpoint the setpoint after power-up and reboot
 * @param lifetimePulsesAtStart the lifetime counter when the simulator starts
 * @param keyOnAtStart whether the key switch is on when the simulator starts
 */
public record ModelConfig(String model, String serial, String firmware, Duration warmUp, Duration watchdogPeriod,
                          Duration emissionDelay, long seed, double noiseSigma, long maxRateMillihertz,
                          WireSetpoint powerUpSetpoint, long lifetimePulsesAtStart, boolean keyOnAtStart) {

    public ModelConfig {
        printable("model", model);
        printable("serial", serial);
        printable("firmware", firmware);
        requireMillis("warmUp", warmUp, 0, Integer.MAX_VALUE);
        requireMillis("watchdogPeriod", watchdogPeriod, 1, 0xFFFF);
        requireMillis("emissionDelay", emissionDelay, 0, 0xFFFF);
        if (!(noiseSigma >= 0 && noiseSigma <= 1)) {
            throw new IllegalArgumentException("noiseSigma " + noiseSigma + " outside 0..1");
        }
        SetpointRules rules = new SetpointRules(maxRateMillihertz);
        Objects.requireNonNull(powerUpSetpoint, "powerUpSetpoint");
        if (!rules.accepts(powerUpSetpoint)) {
            throw new IllegalArgumentException("power-up setpoint " + powerUpSetpoint + " is outside the unit's ranges");
        }
        if (lifetimePulsesAtStart < 0 || lifetimePulsesAtStart > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("lifetimePulsesAtStart " + lifetimePulsesAtStart + " outside u32");
        }
    }

    /** PG-RL1064, serial SIM-0001, firmware 1.0.0, warm-up 3 s, watchdog 500 ms, emission delay 1000 ms, 2 % noise. */
    public static ModelConfig defaults() {
        return new ModelConfig("PG-RL1064", "SIM-0001", "1.0.0", Duration.ofSeconds(3), Duration.ofMillis(500),
                Duration.ofMillis(1000), 1L, 0.02, SetpointRules.SPEC_MAX_RATE_MILLIHERTZ, WireSetpoint.POWER_UP_DEFAULT,
                0, true);
    }

    private static void printable(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.length() > 32 || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw new IllegalArgumentException(field + " '" + value + "' must be at most 32 printable ASCII characters");
        }
    }

    private static void requireMillis(String field, Duration value, long min, long max) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.toMillis() < min || value.toMillis() > max) {
            throw new IllegalArgumentException(field + " " + value.toMillis() + " ms outside " + min + ".." + max + " ms");
        }
    }
}
