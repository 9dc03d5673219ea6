package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README's main job: {@code pulseguard demo} end to end against its embedded simulator. */
class DemoCommandIT {

    @Test
    void demo_showsRefusalRunsTripAndEmergencyStop_andCountersAgree() {
        CliRun run = CliRun.of("demo");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("refused GATE_REFUSED", "fluence 38.198 J/cm2", "accepted SETPOINT_APPLIED",
                "RUN_STARTED", "TRIP INTERLOCK_OPENED", "TRIP EMERGENCY_STOP", "refused FAULT_LATCHED", "SESSION_CLOSED");
        Matcher counters = Pattern.compile("final counters: lifetime (\\d+), user (\\d+) \\(simulator truth: lifetime (\\d+)\\)")
                .matcher(run.out());
        assertThat(counters.find()).isTrue();
        assertThat(counters.group(1)).isEqualTo(counters.group(3));
        assertThat(Long.parseLong(counters.group(1))).isPositive();
        Matcher counted = Pattern.compile("pulses counted by the supervisor in this session: (\\d+)").matcher(run.out());
        assertThat(counted.find()).isTrue();
        assertThat(counted.group(1)).isEqualTo(counters.group(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bigsky", "quantaray"})
    void demo_onTheRealUnitsSimulators_runsTheSameSessionAndCountersAgree(String dialect) {
        CliRun run = CliRun.of("demo", "--dialect", dialect);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("refused GATE_REFUSED", "accepted HANDPIECE_CHANGE", "accepted SETPOINT_APPLIED",
                "counted from the unit's counter", "TRIP INTERLOCK_OPENED", "TRIP EMERGENCY_STOP", "SESSION_CLOSED");
        assertThat(run.out()).doesNotContain("could not be sent");
        Matcher counters = Pattern.compile("final counters: lifetime (\\d+), user (\\d+) \\(simulator truth: lifetime (\\d+)\\)")
                .matcher(run.out());
        assertThat(counters.find()).isTrue();
        assertThat(counters.group(1)).isEqualTo(counters.group(3));
    }
}
