package org.pulseguard.device.quantaray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.protocol.quantaray.QswitchAction;
import org.pulseguard.protocol.quantaray.QuantaRayCommand;
import org.pulseguard.protocol.quantaray.StatusBit;

class QuantaRayLaserDriverArmTest extends QuantaRayDriverFixture {

    @BeforeEach
    void connect() throws Exception {
        connectWithHandpiece();
    }

    @Test
    void arm_simmering_setsNormalThenRepetitiveAndVerifiesEmissionCanOccur() throws Exception {
        // When
        LaserState state = driver.arm();
        // Then
        assertThat(state).isEqualTo(LaserState.READY);
        assertThat(unit.lines).containsSubsequence("QSW NORM", "QSW REP", "*STB?");
        assertThat(unit.qswitch).isEqualTo(QswitchAction.REP);
        await().until(() -> events.ofType(DeviceEvent.StateChanged.class).stream().anyMatch(e ->
                e.to() == LaserState.READY && e.cause() == StateChangeCause.HOST_COMMAND));
    }

    @Test
    void arm_unitOff_isRefusedWrongStateAndNeverSwitchedOn() {
        // Given
        unit.contactorOn = false;
        unit.simmerOn = false;
        // When / Then
        assertThatThrownBy(driver::arm).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.refusal()).contains(RefusalReason.WRONG_STATE);
            assertThat(e.getMessage()).contains("OFF");
        });
        assertThat(unit.lines).doesNotContain("ON", "QSW REP");
    }

    @Test
    void arm_warmingUp_isRefusedWrongState() {
        // Given the contactor is on but the lamp does not simmer yet
        unit.simmerOn = false;
        // When / Then
        assertThatThrownBy(driver::arm).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.refusal()).contains(RefusalReason.WRONG_STATE);
            assertThat(e.getMessage()).contains("WARM_UP");
        });
    }

    @Test
    void arm_coverOpen_isRefusedInterlockOpenWithoutSendingAnything() {
        // Given
        unit.condition(StatusBit.COVER_INTERLOCK_OPEN, true);
        // When / Then
        assertThatThrownBy(driver::arm).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.refusal()).contains(RefusalReason.INTERLOCK_OPEN);
            assertThat(e.getMessage()).contains("COVER");
        });
        assertThat(unit.lines).doesNotContain("QSW NORM", "QSW REP");
    }

    @Test
    void arm_interlockOpensAsTheQswitchIsSet_isRefusedAndTheQswitchStopped() {
        // Given the remote interlock opens right after the check: emission cannot occur
        unit.script(QuantaRayCommand.STATUS, reply -> {
            unit.condition(StatusBit.INTERLOCK_OPEN, true);
            return reply;
        });
        // When / Then
        assertThatThrownBy(driver::arm).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.refusal()).contains(RefusalReason.INTERLOCK_OPEN);
            assertThat(e.getMessage()).contains("INTERLOCK_OR_EMERGENCY_STOP");
        });
        assertThat(unit.lines).containsSubsequence("QSW REP", "*STB?", "QSW SING");
        assertThat(unit.qswitch).isEqualTo(QswitchAction.SING);
    }

    @Test
    void standby_armed_setsSingleShotMode() throws Exception {
        // Given
        driver.arm();
        // When
        LaserState state = driver.standby();
        // Then
        assertThat(state).isEqualTo(LaserState.STANDBY);
        assertThat(unit.lines).endsWith("QSW SING", "*STB?");
    }

    @Test
    void emergencyStop_armed_sendsSingleShotAndOffFirstAndLatchesAFault() throws Exception {
        // Given
        driver.arm();
        unit.lines.clear();
        // When
        LaserState state = driver.emergencyStop();
        // Then
        assertThat(state).isEqualTo(LaserState.OFF);
        assertThat(unit.lines).startsWith("QSW SING", "OFF", "*STB?");
        await().until(() -> events.ofType(DeviceEvent.StateChanged.class).stream().anyMatch(e ->
                e.to() == LaserState.OFF && e.cause() == StateChangeCause.EMERGENCY_STOP));
        assertThat(driver.status().fault()).isEqualTo(DeviceFault.EMERGENCY_STOP);
        assertThat(events.ofType(DeviceEvent.FaultChanged.class)).extracting(DeviceEvent.FaultChanged::fault)
                .containsExactly(DeviceFault.EMERGENCY_STOP);
    }

    @Test
    void resetFault_afterEmergencyStop_clearsTheLatchButNeverSwitchesOn() throws Exception {
        // Given
        driver.arm();
        driver.emergencyStop();
        // When
        DeviceFault left = driver.resetFault();
        // Then
        assertThat(left).isEqualTo(DeviceFault.NONE);
        assertThat(unit.lines).doesNotContain("ON");
        assertThat(unit.contactorOn).isFalse();
        assertThatThrownBy(driver::arm).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.refusal()).contains(RefusalReason.WRONG_STATE));
    }

    @Test
    void powerOn_whenAsked_sendsOnAndReportsWarmUp() throws Exception {
        // Given a unit switched off, its lamp to simmer later
        unit.contactorOn = false;
        unit.simmerOn = false;
        driver.status();
        // When
        LaserState state = driver.powerOn();
        // Then
        assertThat(unit.lines).contains("ON");
        assertThat(state).isEqualTo(LaserState.WARM_UP);
        await().until(() -> events.ofType(DeviceEvent.StateChanged.class).stream().anyMatch(e ->
                e.from() == LaserState.OFF && e.to() == LaserState.WARM_UP && e.cause() == StateChangeCause.POWER));
    }
}
