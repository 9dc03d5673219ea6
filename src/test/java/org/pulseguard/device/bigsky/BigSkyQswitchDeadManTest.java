package org.pulseguard.device.bigsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceException;

/**
 * H7a: the driver arms the Big Sky's Q-switch countdown short and renews it from every poll while
 * armed, so that a lost host stops being a renewal (docs/protocol/bigsky.md "Q-switch dead-man").
 */
class BigSkyQswitchDeadManTest extends BigSkyDriverFixture {
    private static final Duration FAST_POLLS = Duration.ofMillis(20);

    private long renewals() {
        return unit.commands().stream().filter("CLQ0002"::equals).count();
    }

    @Test
    void arm_setsTheTimeOutFunctionAndAShortQswitchCountdownBeforeStartingTheQswitch() throws Exception {
        connectWithHandpiece();

        driver.arm();

        assertThat(unit.commands()).containsSubsequence("QOF1", "L1", "CLC9959", "CLQ0002", "PQ", "A");
        assertThat(unit.timeoutFunction).isEqualTo(1);
        assertThat(unit.qswitchTimeoutSeconds).isEqualTo(BigSkyQswitchDeadMan.COUNTDOWN_SECONDS);
    }

    @Test
    void armed_everyPollRenewsTheQswitchCountdown_andAfterStandbyNoneDoes() throws Exception {
        newDriver(settings(FAST_POLLS));
        connectWithHandpiece();
        driver.arm();
        long atArm = renewals();

        // While armed, the polls keep renewing
        await().atMost(Duration.ofSeconds(10)).until(() -> renewals() >= atArm + 5);

        // After standby, no poll renews any more
        driver.standby();
        long atStandby = renewals();
        long polls = unit.commands().stream().filter("WOR"::equals).count();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> unit.commands().stream().filter("WOR"::equals).count() >= polls + 5);
        assertThat(renewals()).isEqualTo(atStandby);
    }

    @Test
    void notArmed_pollsDoNotTouchTheCountdown() throws Exception {
        newDriver(settings(FAST_POLLS));
        connectWithHandpiece();

        await().atMost(Duration.ofSeconds(10)).until(() -> unit.commands().stream().filter("WOR"::equals).count() >= 5);

        assertThat(unit.commands()).doesNotContain("CLQ0002", "L1");
    }

    @Test
    void unitEchoesAnotherCountdown_armFailsAndTheUnitIsDeactivated() throws Exception {
        connectWithHandpiece();
        unit.script("CLQ", FakeBigSkyUnit.field("con QS  = 60:00"));

        assertThatThrownBy(driver::arm).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.getMessage()).contains("Q-switch dead-man not in place"));
        assertThat(unit.lampRunning).isFalse();
        assertThat(unit.commands()).doesNotContain("PQ");
    }
}
