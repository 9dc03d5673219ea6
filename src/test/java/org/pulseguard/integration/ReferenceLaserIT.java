package org.pulseguard.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.device.reference.ReferenceDriverSettings;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireFault;
import org.pulseguard.protocol.reference.WireState;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.simulator.model.ModelSnapshot;

/** Controller <-> simulator over a real pty through jSerialComm: the issue-2 end-to-end checks. */
class ReferenceLaserIT {
    private static final Setpoint SETPOINT = new Setpoint(PulseEnergy.ofMillijoules(400), SpotDiameter.ofMillimetres(4),
            RepetitionRate.ofHertz(10), Wavelength.ND_YAG_1064);

    @TempDir
    Path dir;
    private ReferenceRig rig;

    @AfterEach
    void tearDown() {
        if (rig != null) {
            rig.close();
        }
    }

    private ModelSnapshot truth() {
        return rig.control.snapshot().device();
    }

    @Test
    void identify_overAPty_returnsTheSimulatorsIdentity() throws Exception {
        rig = ReferenceRig.start(dir);
        assertThat(rig.driver.identity()).hasValueSatisfying(id -> {
            assertThat(id.model()).isEqualTo("PG-RL1064");
            assertThat(id.watchdogPeriod()).isEqualTo(Duration.ofMillis(500));
            assertThat(id.emissionDelay()).isEqualTo(Duration.ofMillis(300));
        });
    }

    @Test
    void applySetpoint_isReadBack_andHeldByTheUnit() throws Exception {
        rig = ReferenceRig.start(dir);
        assertThat(rig.driver.applySetpoint(SETPOINT)).isEqualTo(SETPOINT);
        assertThat(truth().setpoint().energyMicrojoules()).isEqualTo(400_000);
        assertThat(truth().setpoint().spotMicrometres()).isEqualTo(4_000);
        assertThat(truth().setpoint().rateMillihertz()).isEqualTo(10_000);
    }

    @Test
    void armAndRun_pulseEventsMatchTheSimulatorsCounters() throws Exception {
        // Given
        rig = ReferenceRig.start(dir);
        rig.driver.applySetpoint(SETPOINT);
        PulseCounters before = rig.driver.counters();

        // When
        assertThat(rig.driver.arm()).isEqualTo(LaserState.READY);
        Thread.sleep(350);
        rig.control.pressFootswitch();
        await().atMost(Duration.ofSeconds(5)).until(() -> rig.events(DeviceEvent.PulseEmitted.class).size() >= 8);
        rig.control.releaseFootswitch();
        await().atMost(Duration.ofSeconds(2)).until(() -> truth().state() == WireState.READY);
        long emitted = truth().pulsesEmitted();
        await().atMost(Duration.ofSeconds(2)).until(() -> rig.events(DeviceEvent.PulseEmitted.class).size() == emitted);

        // Then
        PulseCounters after = rig.driver.counters();
        List<DeviceEvent.PulseEmitted> pulses = rig.events(DeviceEvent.PulseEmitted.class);
        assertThat(after.lifetimePulses() - before.lifetimePulses()).isEqualTo(pulses.size());
        assertThat(after.lifetimePulses()).isEqualTo(truth().lifetimePulses());
        assertThat(pulses.get(pulses.size() - 1).lifetimePulse()).isEqualTo(after.lifetimePulses());
        assertThat(pulses).allSatisfy(p -> assertThat(p.measured().millijoules()).isBetween(320.0, 480.0));
        rig.driver.standby();
    }

    @Test
    void emergencyStop_duringARun_endsEmissionAndLatches() throws Exception {
        rig = ReferenceRig.start(dir);
        rig.driver.applySetpoint(SETPOINT);
        rig.driver.arm();
        Thread.sleep(350);
        rig.control.pressFootswitch();
        await().atMost(Duration.ofSeconds(5)).until(() -> rig.events(DeviceEvent.PulseEmitted.class).size() >= 3);

        assertThat(rig.driver.emergencyStop()).isEqualTo(LaserState.STANDBY);

        assertThat(truth().state()).isEqualTo(WireState.STANDBY);
        assertThat(truth().fault()).isEqualTo(WireFault.EMERGENCY_STOP);
        long emitted = truth().pulsesEmitted();
        Thread.sleep(300);
        assertThat(truth().pulsesEmitted()).isEqualTo(emitted);
        assertThatThrownBy(() -> rig.driver.arm()).isInstanceOf(DeviceException.class);
        rig.control.releaseFootswitch();
        assertThat(rig.driver.resetFault()).isEqualTo(DeviceFault.NONE);
    }

    @Test
    void simulatorStopsAnswering_controllerReportsLinkLossWithinItsTimeout() throws Exception {
        // Within its timeout means: after the attempts of the first unanswered request (3 x 250 ms,
        // one heartbeat period after the mute), not later. Counted in frames the muted unit threw
        // away, not in milliseconds, so a loaded machine cannot make it fail or pass.
        rig = ReferenceRig.start(dir);
        int heartbeatBytes = ReferenceCodec.encodeToBytes(0, new Request.Heartbeat()).length;
        rig.control.mute();
        await().atMost(Duration.ofSeconds(30)).until(() -> !rig.events(DeviceEvent.LinkLost.class).isEmpty());
        long ignoredAtLoss = rig.control.snapshot().link().bytesIgnored();

        assertThat(rig.events(DeviceEvent.LinkLost.class).get(0).reason()).contains("stopped answering");
        assertThat(ignoredAtLoss).isPositive()
                .isLessThanOrEqualTo((long) heartbeatBytes * (ReferenceDriverSettings.DEFAULT_MAX_RETRIES + 1));
        assertThat(rig.driver.isConnected()).isFalse();
        Thread.sleep(300);
        assertThat(rig.control.snapshot().link().bytesIgnored()).as("nothing sent after the loss").isEqualTo(ignoredAtLoss);
    }

    @Test
    void controllerStopsHeartbeating_simulatorFallsToStandbyWithWatchdogFault() throws Exception {
        rig = new ReferenceRig(dir, ReferenceRig.fastConfig().build(),
                new ReferenceDriverSettings(Duration.ofMillis(250), 2, Duration.ofSeconds(30)));
        rig.driver.applySetpoint(SETPOINT);
        rig.driver.arm();
        await().atMost(Duration.ofSeconds(3)).until(() -> truth().state() == WireState.STANDBY);
        assertThat(truth().fault()).isEqualTo(WireFault.WATCHDOG_EXPIRED);
        await().atMost(Duration.ofSeconds(2)).until(() -> rig.events(DeviceEvent.StateChanged.class).stream()
                .anyMatch(e -> e.cause() == StateChangeCause.WATCHDOG && e.to() == LaserState.STANDBY));
    }

    @Test
    void linkCut_isLinkLost_andReconnectByNameWorks() throws Exception {
        rig = ReferenceRig.start(dir);
        rig.control.cutLink();
        await().atMost(Duration.ofSeconds(3)).until(() -> !rig.events(DeviceEvent.LinkLost.class).isEmpty());
        rig.control.restoreLink();
        rig.driver.reconnect();
        assertThat(rig.driver.status().state()).isEqualTo(LaserState.STANDBY);
        assertThat(rig.events(DeviceEvent.LinkRestored.class)).hasSize(1);
    }

    @Test
    void corruptedReplies_neverGiveAWrongValue() throws Exception {
        rig = ReferenceRig.start(dir);
        rig.driver.applySetpoint(SETPOINT);
        rig.control.corruptReplies(2);
        assertThat(rig.driver.readSetpoint()).isEqualTo(SETPOINT);
        assertThat(rig.driver.linkStatistics().crcErrors()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void duplicatedReplies_neverGiveAWrongValue() throws Exception {
        rig = ReferenceRig.start(dir);
        rig.driver.applySetpoint(SETPOINT);
        rig.control.duplicateReplies(4);
        for (int i = 0; i < 4; i++) {
            assertThat(rig.driver.readSetpoint()).isEqualTo(SETPOINT);
        }
        assertThat(rig.driver.status().setpoint()).isEqualTo(SETPOINT);
    }

    @Test
    void lateReply_isNotTakenAsTheAnswerToTheNextRequest() throws Exception {
        rig = ReferenceRig.start(dir);
        rig.driver.applySetpoint(SETPOINT);
        rig.control.delayReplies(1, Duration.ofMillis(400));
        assertThat(rig.driver.readSetpoint()).isEqualTo(SETPOINT);
        assertThat(rig.driver.counters().lifetimePulses()).isEqualTo(truth().lifetimePulses());
    }

    @Test
    void unitAppliesADifferentValue_readbackMismatchIsRefused() throws Exception {
        rig = ReferenceRig.start(dir);
        rig.control.misapplyNextSet();
        assertThatThrownBy(() -> rig.driver.applySetpoint(SETPOINT)).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo(DeviceException.Reason.READBACK_MISMATCH));
    }

    @Test
    void splitRepliesAndGarbage_areReassembled() throws Exception {
        rig = ReferenceRig.start(dir);
        rig.control.splitReplies(3, Duration.ofMillis(20));
        rig.control.injectGarbage(40);
        assertThat(rig.driver.applySetpoint(SETPOINT)).isEqualTo(SETPOINT);
    }
}
