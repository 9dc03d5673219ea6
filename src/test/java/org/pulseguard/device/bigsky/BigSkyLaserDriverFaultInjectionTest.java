package org.pulseguard.device.bigsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.LinkStatistics;
import org.pulseguard.device.Setpoint;
import org.pulseguard.quantity.PulseEnergy;

/** Replies that are short, garbled or never come: never taken as a value; a silent unit is lost. */
class BigSkyLaserDriverFaultInjectionTest extends BigSkyDriverFixture {

    @Test
    void shortReply_once_isRetriedAndTheRealValueIsUsed() throws Exception {
        // Given the first V reply loses its last three bytes
        connectWithHandpiece();
        unit.volts = 1050;
        unit.script("V", FakeBigSkyUnit.cutTo(14));
        // When
        Setpoint read = driver.readSetpoint();
        // Then
        assertThat(read.energy()).isEqualTo(new PulseEnergy(100_000));
        assertThat(unit.commands().stream().filter("V"::equals)).hasSize(2);
        LinkStatistics statistics = driver.linkStatistics();
        assertThat(statistics.retries()).isEqualTo(1);
    }

    @Test
    void garbledField_onEveryAttempt_failsProtocolErrorWithoutAValue() throws Exception {
        // Given every V reply has a letter in a digit column ("voltage  1O50 V")
        connectWithHandpiece();
        unit.script("V", FakeBigSkyUnit.field("voltage  1O50 V"), FakeBigSkyUnit.field("voltage  1O50 V"),
                FakeBigSkyUnit.field("voltage  1O50 V"));
        // When / Then
        assertThatThrownBy(driver::readSetpoint).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.PROTOCOL_ERROR);
            assertThat(e.getMessage()).contains(">V", "BAD_FIELD");
        });
        assertThat(driver.linkStatistics().malformedFrames()).isEqualTo(3);
    }

    @Test
    void garbledEcho_whileSetting_isNeverTakenAsTheVoltage() throws Exception {
        // Given the echo of V1100 arrives with a wrong fixed text, then correctly on the retry
        connectWithHandpiece();
        unit.script("V", FakeBigSkyUnit.field("voltage  1100 v"));
        // When
        Setpoint applied = driver.applySetpoint(TREATMENT);
        // Then
        assertThat(applied).isEqualTo(TREATMENT);
        assertThat(unit.commands().stream().filter("V1100"::equals)).hasSize(2);
    }

    @Test
    void counterJumpNoUnitCouldFire_isAProtocolErrorAndNeverPulses() throws Exception {
        // Given the unit stands at 1000 and a well-formed CQ reply says 900001000 (a flipped digit)
        connectWithHandpiece();
        unit.script("CQ", FakeBigSkyUnit.field("ct QS 900001000"));
        // When / Then
        assertThatThrownBy(driver::counters).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.PROTOCOL_ERROR);
            assertThat(e.getMessage()).contains("900001000");
        });
        assertThat(driver.linkStatistics().implausibleReadings()).isEqualTo(1);
        assertThat(driver.counters().lifetimePulses()).isEqualTo(1_000);
        assertThat(events.pulsesCounted()).isZero();
    }

    @Test
    void replyThatNeverComes_failsTimeoutAfterTheRetriesAndSendsNothingMore() throws Exception {
        // Given
        connectWithHandpiece();
        unit.script("CQ", FakeBigSkyUnit.DROP, FakeBigSkyUnit.DROP, FakeBigSkyUnit.DROP);
        // When / Then
        assertThatThrownBy(driver::counters).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.TIMEOUT);
            assertThat(e.isFatal()).isTrue();
            assertThat(e.getMessage()).contains(">CQ", "3 attempts");
        });
        assertThat(unit.commands().stream().filter("CQ"::equals)).hasSize(3);
        assertThat(driver.linkStatistics().timeouts()).isEqualTo(1);
    }

    @Test
    void lateReply_afterATimeout_isDrainedNotReadAsTheNextAnswer() throws Exception {
        // Given the first WOR reply is held back and arrives after the timeout, as a stray
        connectWithHandpiece();
        unit.script("WOR", reply -> {
            new Thread(() -> {
                sleep(TIMEOUT.plusMillis(5));
                unit.lateAnswer(reply);
            }).start();
            return new byte[0];
        });
        // When
        LaserState state = driver.status().state();
        // Then the reading is whole and right
        assertThat(state).isEqualTo(LaserState.STANDBY);
        assertThat(driver.readSetpoint().rate()).isEqualTo(TREATMENT.rate());
    }

    @Test
    void silentUnit_polled_isReportedLostOnceWithinTheBound() throws Exception {
        // Given a unit polled every 20 ms
        Duration poll = Duration.ofMillis(20);
        newDriver(settings(poll));
        connectWithHandpiece();
        // When
        long silentSince = System.nanoTime();
        unit.goSilent();
        // Then: bound = poll + (timeout + drain) * attempts, plus a generous scheduling margin
        Duration bound = poll.plus(TIMEOUT.plus(TIMEOUT.dividedBy(4)).multipliedBy(RETRIES + 1));
        await().atMost(bound.plusSeconds(2)).until(() -> !events.ofType(DeviceEvent.LinkLost.class).isEmpty());
        assertThat(Duration.ofNanos(System.nanoTime() - silentSince)).isLessThan(bound.plusSeconds(2));
        assertThat(events.ofType(DeviceEvent.LinkLost.class).get(0).reason()).contains("stopped answering");
        assertThat(driver.isConnected()).isFalse();
        await().pollDelay(Duration.ofMillis(100)).until(() -> true);
        assertThat(events.ofType(DeviceEvent.LinkLost.class)).hasSize(1);
        assertThatThrownBy(driver::status).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo(DeviceException.Reason.NOT_CONNECTED));
    }

    @Test
    void linkLost_thenReconnect_neverReArms() throws Exception {
        // Given an armed unit whose link drops
        connectWithHandpiece();
        driver.arm();
        unit.disconnect();
        await().until(() -> !driver.isConnected());
        unit.lines.clear();
        // When
        driver.reconnect();
        // Then
        assertThat(unit.commands()).doesNotContain("A", "R1", "QOF1");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
