package org.pulseguard.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Seeded noise, drift and the three-pulse trip rule. */
class EnergyMonitorTest {
    private static final long SETPOINT = 400_000;

    private static List<Long> tenPulses(long seed) {
        EnergyMonitor monitor = new EnergyMonitor(seed, 0.02);
        return LongStream.range(0, 10).map(i -> monitor.measure(SETPOINT, i * 200_000_000L)).boxed().toList();
    }

    @Test
    void measure_sameSeed_sameEnergies() {
        assertThat(tenPulses(42)).isEqualTo(tenPulses(42)).isNotEqualTo(tenPulses(43));
    }

    @Test
    void measure_twoPercentNoise_staysNearTheSetpoint() {
        assertThat(tenPulses(42)).allMatch(e -> Math.abs(e - SETPOINT) < SETPOINT * 0.10)
                .anyMatch(e -> e != SETPOINT);
    }

    @Test
    void measure_withDrift_growsLinearlyWithDeviceTime() {
        // Given no noise and a drift of 10 % per minute set at t = 0
        EnergyMonitor monitor = new EnergyMonitor(1, 0);
        monitor.setDrift(0.10, 0);
        // When pulses are measured at 0, 30 s and 60 s
        // Then +0 %, +5 %, +10 %
        assertThat(monitor.measure(SETPOINT, 0)).isEqualTo(400_000);
        assertThat(monitor.measure(SETPOINT, 30_000_000_000L)).isEqualTo(420_000);
        assertThat(monitor.measure(SETPOINT, 60_000_000_000L)).isEqualTo(440_000);
    }

    @Test
    void recordAndTrip_needsThreeConsecutiveOutsideTwentyPercent() {
        EnergyMonitor monitor = new EnergyMonitor(1, 0);
        assertThat(monitor.recordAndTrip(481_000, SETPOINT)).isFalse();
        assertThat(monitor.recordAndTrip(319_000, SETPOINT)).isFalse();
        assertThat(monitor.recordAndTrip(480_000, SETPOINT)).as("exactly +20 % is inside").isFalse();
        assertThat(monitor.recordAndTrip(481_000, SETPOINT)).isFalse();
        assertThat(monitor.recordAndTrip(481_000, SETPOINT)).isFalse();
        assertThat(monitor.recordAndTrip(481_000, SETPOINT)).isTrue();
    }
}
