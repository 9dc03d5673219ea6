package org.pulseguard.device.bigsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.device.StateChangeCause;

class BigSkyLaserDriverArmTest extends BigSkyDriverFixture {
    private static final int COVER_OPEN_BIT = 6;

    @BeforeEach
    void connect() throws Exception {
        connectWithHandpiece();
    }

    @Test
    void arm_interlocksClosed_putsTheQswitchOnTheFootswitchOpensAndStartsTheLamp() throws Exception {
        // When
        LaserState state = driver.arm();
        // Then
        assertThat(state).isEqualTo(LaserState.READY);
        assertThat(unit.commands()).containsSubsequence("QSM2", "R1", "QOF1", "A", "WOR", "R");
        assertThat(unit.lampRunning).isTrue();
        assertThat(unit.shutterOpen).isTrue();
        await().until(() -> events.ofType(DeviceEvent.StateChanged.class).stream().anyMatch(e ->
                e.from() == LaserState.STANDBY && e.to() == LaserState.READY && e.cause() == StateChangeCause.HOST_COMMAND));
    }

    @Test
    void arm_interlockOpenBeforehand_isRefusedWithoutSendingAnything() {
        // Given
        unit.openLampInterlock(COVER_OPEN_BIT);
        // When / Then
        assertThatThrownBy(driver::arm).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.refusal()).contains(RefusalReason.INTERLOCK_OPEN);
            assertThat(e.getMessage()).contains("COVER");
        });
        assertThat(unit.commands()).doesNotContain("QSM2", "R1", "QOF1", "A");
    }

    @Test
    void arm_unitRefusesTheLampAsAnInterlockOpens_isRefusedAndDeactivated() {
        // Given the cover opens just as the lamp start arrives: the unit stays in STOP
        unit.before("A", () -> unit.openLampInterlock(COVER_OPEN_BIT));
        // When / Then
        assertThatThrownBy(driver::arm).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.REFUSED);
            assertThat(e.refusal()).contains(RefusalReason.INTERLOCK_OPEN);
            assertThat(e.getMessage()).contains("lamp STOP");
        });
        assertThat(unit.commands()).containsSubsequence("A", "S", "SQ", "QOF0", "R0");
        assertThat(unit.shutterOpen).isFalse();
        assertThat(unit.qswitchAtRun).isFalse();
    }

    @Test
    void arm_qswitchModeNotAccepted_isMismatchAndTheLampNeverStarts() {
        // Given the unit keeps the Q-switch on its internal trigger
        unit.script("QSM", FakeBigSkyUnit.field("QS mode  :   0 "));
        // When / Then
        assertThatThrownBy(driver::arm).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo(DeviceException.Reason.READBACK_MISMATCH));
        assertThat(unit.commands()).doesNotContain("A");
        assertThat(unit.commands()).containsSubsequence("S", "SQ", "QOF0", "R0");
    }

    @Test
    void arm_noHandpieceConfirmed_isInvalidAndNothingIsSent() throws Exception {
        // Given
        newDriver(settings(RARE_POLLS)).connect();
        unit.lines.clear();
        // When / Then
        assertThatThrownBy(driver::arm).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo(DeviceException.Reason.INVALID_REQUEST));
        assertThat(unit.lines).isEmpty();
    }

    @Test
    void standby_armed_stopsLampAndQswitchAndClosesTheShutter() throws Exception {
        // Given
        driver.arm();
        unit.lines.clear();
        // When
        LaserState state = driver.standby();
        // Then
        assertThat(state).isEqualTo(LaserState.STANDBY);
        assertThat(unit.commands()).startsWith("S", "SQ", "QOF0", "R0");
        assertThat(unit.lampRunning).isFalse();
        assertThat(unit.shutterOpen).isFalse();
    }

    @Test
    void emergencyStop_armed_stopsTheUnitAndLatchesAFaultThatBlocksArmingUntilReset() throws Exception {
        // Given
        driver.arm();
        unit.lines.clear();
        // When
        LaserState state = driver.emergencyStop();
        // Then
        assertThat(state).isEqualTo(LaserState.STANDBY);
        assertThat(unit.commands()).startsWith("S", "S", "SQ", "QOF0", "R0");
        assertThat(driver.status().fault()).isEqualTo(DeviceFault.EMERGENCY_STOP);
        await().until(() -> events.ofType(DeviceEvent.FaultChanged.class).stream()
                .anyMatch(e -> e.fault() == DeviceFault.EMERGENCY_STOP));
        await().until(() -> events.ofType(DeviceEvent.StateChanged.class).stream()
                .anyMatch(e -> e.to() == LaserState.STANDBY && e.cause() == StateChangeCause.EMERGENCY_STOP));
        assertThatThrownBy(driver::arm).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.refusal()).contains(RefusalReason.FAULT_LATCHED));
        // And a deliberate reset clears it
        assertThat(driver.resetFault()).isEqualTo(DeviceFault.NONE);
        assertThat(driver.arm()).isEqualTo(LaserState.READY);
    }

    @Test
    void emergencyStop_whileACommandAwaitsItsReply_goesOutAtOnceAndThatCommandFails() throws Exception {
        // Given a driver with a 500 ms timeout, and a V query whose reply never comes
        newDriver(new BigSkyDriverSettings(Duration.ofMillis(500), RETRIES, RARE_POLLS, OptionalInt.empty()));
        connectWithHandpiece();
        unit.script("V", FakeBigSkyUnit.DROP, FakeBigSkyUnit.DROP, FakeBigSkyUnit.DROP);
        CompletableFuture<Object> pending = CompletableFuture.supplyAsync(() -> {
            try {
                return driver.readSetpoint();
            } catch (DeviceException e) {
                throw new CompletionException(e);
            }
        });
        await().until(() -> unit.commands().contains("V"));
        // When
        driver.emergencyStop();
        // Then S went out while V's first attempt still waited (V was never retried), and the stop followed
        assertThat(unit.commands()).containsExactly("V", "S", "S", "SQ", "QOF0", "R0", "WOR", "IF", "IF2", "P", "R", "QOF");
        assertThatThrownBy(() -> pending.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(DeviceException.class)
                .satisfies(e -> assertThat(((DeviceException) e.getCause()).refusal()).contains(RefusalReason.FAULT_LATCHED));
    }

    @Test
    void emergencyStop_linkLost_latchesTheFaultAndFailsNotConnected() throws Exception {
        // Given
        unit.disconnect();
        await().until(() -> !driver.isConnected());
        // When / Then
        assertThatThrownBy(driver::emergencyStop).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo(DeviceException.Reason.NOT_CONNECTED));
        await().until(() -> !events.ofType(DeviceEvent.FaultChanged.class).isEmpty());
    }

    @Test
    void resetFault_interlockTripStillOpen_keepsTheFault() throws Exception {
        // Given an armed unit whose cover opens, seen by the next reading
        driver.arm();
        unit.openLampInterlock(COVER_OPEN_BIT);
        driver.status();
        // When
        DeviceFault left = driver.resetFault();
        // Then
        assertThat(left).isEqualTo(DeviceFault.INTERLOCK_OPENED);
        assertThat(driver.status().openInterlocks()).containsExactly(Interlock.COVER);
        // And once the cover is closed
        unit.lampInterlockBits = 0;
        assertThat(driver.resetFault()).isEqualTo(DeviceFault.NONE);
    }
}
