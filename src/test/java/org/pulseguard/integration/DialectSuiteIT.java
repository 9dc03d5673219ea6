package org.pulseguard.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.device.Setpoint;
import org.pulseguard.simulator.control.InterlockInput;
import org.pulseguard.simulator.control.UnitState;

/**
 * The shared suite of issue 3, run for every dialect over a real pty through jSerialComm:
 * identify, setpoint with readback, arm, a run with counters, stop, link loss, watchdog, and the
 * per-dialect faults (short reply, garbled field, reply that never comes, interlock mid-run).
 */
class DialectSuiteIT {
    @TempDir
    Path dir;
    private DialectRig rig;

    @AfterEach
    void tearDown() {
        if (rig != null) {
            rig.close();
        }
    }

    private DialectRig start(String dialect) throws Exception {
        rig = new DialectRig(dialect, dir);
        return rig;
    }

    private void armWithSetpoint() throws Exception {
        Setpoint setpoint = rig.setpoint();
        rig.driver.confirmHandpiece(setpoint.spot());
        assertThat(rig.driver.applySetpoint(setpoint)).isEqualTo(setpoint);
        await().atMost(Duration.ofSeconds(5)).until(() -> rig.driver.status().state() == LaserState.STANDBY);
        assertThat(rig.driver.arm()).isIn(LaserState.READY, LaserState.EMISSION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "bigsky", "quantaray"})
    void identify_givesModelSerialAndFirmware(String dialect) throws Exception {
        start(dialect);
        assertThat(rig.driver.identity()).hasValueSatisfying(id -> {
            assertThat(id.model()).isNotBlank();
            assertThat(id.serial()).isNotBlank();
            assertThat(id.firmware()).isNotBlank();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "bigsky", "quantaray"})
    void setpoint_isReadBackAndHeldByTheUnit(String dialect) throws Exception {
        start(dialect);
        Setpoint setpoint = rig.setpoint();
        rig.driver.confirmHandpiece(setpoint.spot());
        assertThat(rig.driver.applySetpoint(setpoint)).isEqualTo(setpoint);
        assertThat(rig.driver.readSetpoint()).isEqualTo(setpoint);
        assertThat(rig.control.snapshot().energyMillijoules()).isCloseTo(setpoint.energy().millijoules(),
                org.assertj.core.data.Offset.offset(setpoint.energy().millijoules() * 0.05));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "bigsky", "quantaray"})
    void armAndRun_reportedPulsesMatchTheUnitsCounters_thenStop(String dialect) throws Exception {
        start(dialect);
        PulseCounters before = rig.driver.counters();
        armWithSetpoint();
        Thread.sleep(rig.driver.identity().orElseThrow().emissionDelay().toMillis() + 100);

        rig.control.pressFootswitch();
        await().atMost(Duration.ofSeconds(6)).until(() -> rig.control.snapshot().emittedPulses() >= 6);
        rig.control.releaseFootswitch();
        long emitted = rig.control.snapshot().emittedPulses();
        await().atMost(Duration.ofSeconds(3)).until(() -> rig.reportedPulses() == emitted);

        PulseCounters after = rig.driver.counters();
        assertThat(after.lifetimePulses() - before.lifetimePulses()).isEqualTo(emitted);
        assertThat(after.lifetimePulses()).isEqualTo(rig.control.snapshot().pulseCounter());
        assertThat(rig.driver.standby()).isEqualTo(LaserState.STANDBY);
        await().atMost(Duration.ofSeconds(3)).until(() -> rig.control.snapshot().unitState() == UnitState.STANDBY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "bigsky", "quantaray"})
    void emergencyStop_duringARun_endsEmission(String dialect) throws Exception {
        start(dialect);
        armWithSetpoint();
        Thread.sleep(rig.driver.identity().orElseThrow().emissionDelay().toMillis() + 100);
        rig.control.pressFootswitch();
        await().atMost(Duration.ofSeconds(6)).until(() -> rig.control.snapshot().emittedPulses() >= 2);

        rig.driver.emergencyStop();

        await().atMost(Duration.ofSeconds(3)).until(() -> rig.control.snapshot().unitState() != UnitState.EMITTING
                && rig.control.snapshot().unitState() != UnitState.ARMED);
        long emitted = rig.control.snapshot().emittedPulses();
        Thread.sleep(400);
        assertThat(rig.control.snapshot().emittedPulses()).isEqualTo(emitted);
        assertThatThrownBy(() -> rig.driver.arm()).isInstanceOf(DeviceException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "bigsky", "quantaray"})
    void silentUnit_isReportedAsLinkLoss(String dialect) throws Exception {
        start(dialect);
        rig.control.mute();
        await().atMost(Duration.ofSeconds(4)).until(() -> !rig.events(DeviceEvent.LinkLost.class).isEmpty());
        assertThat(rig.driver.isConnected()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "quantaray"})
    void hostFallsSilent_unitWatchdogDropsItOutOfReady(String dialect) throws Exception {
        // Big Sky has no host watchdog over serial (docs/protocol/bigsky.md): its hardware footswitch
        // and interlocks are the barrier, and the controller's polls detect link loss (test above).
        start(dialect);
        armWithSetpoint();
        rig.driver.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> rig.control.snapshot().watchdogExpiries() > 0);
        assertThat(rig.control.snapshot().unitState()).isIn(UnitState.STANDBY, UnitState.OFF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "bigsky", "quantaray"})
    void shortGarbledAndMissingReplies_neverGiveAWrongValue(String dialect) throws Exception {
        start(dialect);
        Setpoint setpoint = rig.setpoint();
        rig.driver.confirmHandpiece(setpoint.spot());
        rig.driver.applySetpoint(setpoint);
        rig.control.truncateReplies(1);
        assertThat(readOrFail()).isIn(setpoint, null);
        rig.control.corruptReplies(1);
        assertThat(readOrFail()).isIn(setpoint, null);
        rig.control.dropReplies(1);
        assertThat(readOrFail()).isIn(setpoint, null);
        assertThat(rig.driver.readSetpoint()).isEqualTo(setpoint);
    }

    private Setpoint readOrFail() {
        try {
            return rig.driver.readSetpoint();
        } catch (DeviceException e) {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "bigsky", "quantaray"})
    void interlockOpeningMidRun_isReportedAndTheUnitEndsStopped(String dialect) throws Exception {
        start(dialect);
        armWithSetpoint();
        Thread.sleep(rig.driver.identity().orElseThrow().emissionDelay().toMillis() + 100);
        rig.control.pressFootswitch();
        await().atMost(Duration.ofSeconds(6)).until(() -> rig.control.snapshot().emittedPulses() >= 2);

        rig.control.openInterlock(InterlockInput.REMOTE);

        await().atMost(Duration.ofSeconds(3)).until(() -> !rig.events(DeviceEvent.InterlocksChanged.class).isEmpty());
        await().atMost(Duration.ofSeconds(3)).until(() -> rig.control.snapshot().unitState() != UnitState.EMITTING
                && rig.control.snapshot().unitState() != UnitState.ARMED);
        long emitted = rig.control.snapshot().emittedPulses();
        Thread.sleep(400);
        assertThat(rig.control.snapshot().emittedPulses()).isEqualTo(emitted);
        assertThat(rig.driver.status().state()).isNotIn(LaserState.READY, LaserState.EMISSION);
    }
}
