package org.pulseguard.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.SkinType;
import org.pulseguard.quantity.PulseEnergy;

/** Behaviour of the supervisor beyond the state x input table: the checks behind each refusal and trip. */
class SessionSupervisorBehaviourTest {

    private final SupervisorFixture f = new SupervisorFixture();

    private void pulse(long microjoules) {
        f.supervisor.onEvent(new DeviceEvent.PulseEmitted(f.clock.instant(), 1, 1, new PulseEnergy(microjoules)));
    }

    @Test
    void energy_threeConsecutivePulsesOffTolerance_trip() {
        // Given: firing at 400 mJ, tolerance 15 % in the reference profile
        f.in(SessionState.FIRING);
        // When
        pulse(470_000);
        pulse(330_000);
        assertThat(f.supervisor.state()).isEqualTo(SessionState.FIRING);
        pulse(470_000);
        // Then
        assertThat(f.supervisor.state()).isEqualTo(SessionState.TRIPPED);
        assertThat(f.lastEvent().reason()).isEqualTo(ReasonCode.ENERGY_OUT_OF_TOLERANCE);
        assertThat(f.lastEvent().detail()).contains("3 consecutive", "400 mJ", "470 mJ", "tolerance 15.0 %", "reference-laser");
        assertThat(f.device.calls).endsWith("standby");
    }

    @Test
    void energy_aGoodPulseBetweenBadOnes_resetsTheCount() {
        f.in(SessionState.FIRING);
        pulse(470_000);
        pulse(470_000);
        pulse(400_000);
        pulse(470_000);
        pulse(470_000);
        assertThat(f.supervisor.state()).isEqualTo(SessionState.FIRING);
    }

    @Test
    void energy_exactlyAtTolerance_isAccepted() {
        f.in(SessionState.FIRING);
        for (int i = 0; i < 5; i++) {
            pulse(460_000); // +15.0 %
        }
        assertThat(f.supervisor.state()).isEqualTo(SessionState.FIRING);
    }

    @Test
    void pulses_reachingTheSessionMaximum_goToStandbyAndRefuseArming() {
        f.in(SessionState.FIRING);
        int max = SupervisorFixture.profile("tattoo-1064-fst-i-iii").maxPulsesPerSession();
        for (int i = 0; i < max; i++) {
            pulse(400_000);
        }
        assertThat(f.supervisor.state()).isEqualTo(SessionState.STANDBY);
        assertThat(f.supervisor.sessionPulses()).isEqualTo(max);
        Outcome arm = f.supervisor.arm();
        assertThat(arm.accepted()).isFalse();
        assertThat(arm.reason()).isEqualTo(ReasonCode.SESSION_PULSE_LIMIT);
        assertThat(arm.detail()).contains(Integer.toString(max), "tattoo-1064-fst-i-iii");
    }

    @Test
    void strayPulse_withinGraceAfterStandby_isCountedNotTripped() {
        f.in(SessionState.FIRING);
        f.supervisor.standby();
        f.clock.advance(Duration.ofMillis(100));
        pulse(400_000);
        assertThat(f.supervisor.state()).isEqualTo(SessionState.STANDBY);
        assertThat(f.supervisor.sessionPulses()).isEqualTo(1);
    }

    @Test
    void arm_withInterlockOpen_isRefusedAndNothingIsSent() {
        f.in(SessionState.STANDBY);
        f.device.open = EnumSet.of(Interlock.REMOTE);
        Outcome o = f.supervisor.arm();
        assertThat(o.reason()).isEqualTo(ReasonCode.INTERLOCK_OPEN);
        assertThat(o.detail()).contains("REMOTE");
        assertThat(f.device.calls).doesNotContain("arm");
    }

    @Test
    void arm_whenFootswitchHeld_isRefused() {
        f.in(SessionState.STANDBY);
        f.device.footswitch = true;
        assertThat(f.supervisor.arm().reason()).isEqualTo(ReasonCode.FOOTSWITCH_PRESSED_AT_ARM);
        assertThat(f.device.calls).doesNotContain("arm");
    }

    @Test
    void arm_whenCalibrationExpired_isRefused() {
        f.in(SessionState.STANDBY);
        f.clock.advance(Duration.ofDays(400));
        Outcome o = f.supervisor.arm();
        assertThat(o.reason()).isEqualTo(ReasonCode.CALIBRATION_EXPIRED);
        assertThat(o.detail()).contains("2027-10-31");
    }

    @Test
    void arm_whenTheUnitHoldsADifferentSetpoint_isRefused() {
        f.in(SessionState.STANDBY);
        f.device.held = SupervisorFixture.OVER_LIMIT;
        assertThat(f.supervisor.arm().reason()).isEqualTo(ReasonCode.SETPOINT_CHANGED_ON_UNIT);
    }

    @Test
    void arm_withoutASetpoint_isRefused() {
        f.supervisor.openSession(SupervisorFixture.request(SkinType.II, SupervisorFixture.complete()));
        assertThat(f.supervisor.arm().reason()).isEqualTo(ReasonCode.SETPOINT_NOT_APPLIED);
    }

    @Test
    void arm_usesTheLongerOfProfileAndUnitEmissionDelay() {
        f.device.emissionDelay = Duration.ofMillis(2500);
        f.in(SessionState.EMISSION_DELAY);
        f.clock.advance(Duration.ofMillis(2000));
        f.supervisor.tick();
        assertThat(f.supervisor.state()).isEqualTo(SessionState.EMISSION_DELAY);
        f.clock.advance(Duration.ofMillis(500));
        f.supervisor.tick();
        assertThat(f.supervisor.state()).isEqualTo(SessionState.READY);
    }

    @Test
    void applySetpoint_readbackMismatch_isRefusedAndArmingStaysImpossible() {
        f.supervisor.openSession(SupervisorFixture.request(SkinType.II, SupervisorFixture.complete()));
        f.device.misapplied = new Setpoint(PulseEnergy.ofMillijoules(450), SupervisorFixture.SAFE.spot(),
                SupervisorFixture.SAFE.rate(), SupervisorFixture.SAFE.wavelength());
        Outcome o = f.supervisor.applySetpoint(SupervisorFixture.SAFE);
        assertThat(o.reason()).isEqualTo(ReasonCode.READBACK_MISMATCH);
        assertThat(f.supervisor.arm().reason()).isEqualTo(ReasonCode.SETPOINT_NOT_APPLIED);
    }

    @Test
    void applySetpoint_overLimit_namesEveryReasonAndSendsNothing() {
        f.supervisor.openSession(SupervisorFixture.request(SkinType.II, SupervisorFixture.complete()));
        Outcome o = f.supervisor.applySetpoint(SupervisorFixture.OVER_LIMIT);
        assertThat(o.reason()).isEqualTo(ReasonCode.GATE_REFUSED);
        assertThat(o.detail()).containsIgnoringCase("fluence").contains("tattoo-1064-fst-i-iii");
        assertThat(f.device.calls).noneMatch(c -> c.startsWith("applySetpoint"));
    }

    @Test
    void open_withIncompleteChecklist_namesTheMissingItems() {
        Outcome o = f.supervisor.openSession(SupervisorFixture.request(SkinType.II, new Checklist(false, true, false, true)));
        assertThat(o.reason()).isEqualTo(ReasonCode.CHECKLIST_INCOMPLETE);
        assertThat(o.detail()).contains("eyewear", "interlock verified");
        assertThat(f.supervisor.state()).isEqualTo(SessionState.IDLE);
    }

    @Test
    void open_withSkinTypeOutsideTheProfile_isRefused() {
        Outcome o = f.supervisor.openSession(SupervisorFixture.request(SkinType.V, SupervisorFixture.complete()));
        assertThat(o.reason()).isEqualTo(ReasonCode.SKIN_TYPE_NOT_IN_PROFILE);
    }

    @Test
    void open_darkSkinProfileWithoutTestSpot_isRefused() {
        SessionRequest request = new SessionRequest("tech-07", new ClientPseudonym("C-7F3K2Q"), SkinType.V, "scalp", false,
                SupervisorFixture.profile("tattoo-1064-fst-iv-vi"), new Checklist(true, true, true, false));
        assertThat(f.supervisor.openSession(request).reason()).isEqualTo(ReasonCode.TEST_SPOT_REQUIRED);
    }

    @Test
    void reset_whileTheUnitFaultCannotClear_isRefusedAndStaysLatched() {
        f.in(SessionState.TRIPPED);
        f.device.faultStuck = true;
        Outcome o = f.supervisor.reset();
        assertThat(o.reason()).isEqualTo(ReasonCode.RESET_REFUSED);
        assertThat(f.supervisor.state()).isEqualTo(SessionState.TRIPPED);
    }

    @Test
    void reset_afterEmergencyStop_needsAFreshArm() {
        f.in(SessionState.FIRING);
        f.supervisor.emergencyStop();
        assertThat(f.supervisor.reset().accepted()).isTrue();
        assertThat(f.supervisor.state()).isEqualTo(SessionState.STANDBY);
        f.supervisor.onEvent(new DeviceEvent.FootswitchChanged(f.clock.instant(), true));
        assertThat(f.supervisor.state()).isEqualTo(SessionState.STANDBY);
    }

    @Test
    void emergencyStop_reachesTheLaserWhileAnotherThreadHoldsTheSupervisor() throws Exception {
        // Given: a timer tick holding the supervisor's lock (its clock reading is held inside the decision)
        f.in(SessionState.FIRING);
        FakeLaserDevice.Blocker held = f.clock.holdNextReading();
        CompletableFuture<Void> busy = CompletableFuture.runAsync(f.supervisor::tick);
        assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();
        // When
        CompletableFuture<Outcome> stop = CompletableFuture.supplyAsync(f.supervisor::emergencyStop);
        // Then: the stop reached the unit while the lock is still held (a one-sided wait: it fails
        // only if the stop waits for the lock, which is released only after this check)
        boolean stoppedWhileHeld = f.device.awaitCalls("emergencyStop", 1, Duration.ofSeconds(10));
        held.release.countDown();
        assertThat(stoppedWhileHeld).as("emergency stop sent while the supervisor's lock is held").isTrue();
        busy.get(10, TimeUnit.SECONDS);
        assertThat(stop.get(10, TimeUnit.SECONDS).state()).isEqualTo(SessionState.EMERGENCY_STOPPED);
        assertThat(f.supervisor.state()).isEqualTo(SessionState.EMERGENCY_STOPPED);
    }

    @Test
    void reset_whileAnInterlockIsOpen_isRefusedEvenWhenTheUnitWouldClearItsFault() {
        // Given: tripped, the unit would accept the fault reset (this fake does not look at interlocks),
        // and the remote (door) interlock is open
        f.in(SessionState.TRIPPED);
        f.device.open = EnumSet.of(Interlock.REMOTE);
        // When
        Outcome o = f.supervisor.reset();
        // Then: the supervisor's own check refuses it
        assertThat(f.device.calls).contains("resetFault");
        assertThat(f.device.fault).isEqualTo(DeviceFault.NONE);
        assertThat(o.reason()).isEqualTo(ReasonCode.RESET_REFUSED);
        assertThat(o.detail()).contains("REMOTE");
        assertThat(f.supervisor.state()).isEqualTo(SessionState.TRIPPED);
    }

    @Test
    void faultWhileArmed_isTrippedWithTheUnitFaultNamed() {
        f.in(SessionState.READY);
        f.supervisor.onEvent(new DeviceEvent.FaultChanged(f.clock.instant(), DeviceFault.OVER_TEMPERATURE));
        assertThat(f.lastEvent().reason()).isEqualTo(ReasonCode.DEVICE_FAULT);
        assertThat(f.lastEvent().detail()).contains("OVER_TEMPERATURE");
    }

    @Test
    void handpieceChanged_whileFiring_goesToStandbyTellsTheUnitAndNeedsAFreshSetpoint() {
        f.in(SessionState.FIRING);
        Outcome o = f.supervisor.handpieceChanged(org.pulseguard.quantity.SpotDiameter.ofMillimetres(6));
        assertThat(o.accepted()).isTrue();
        assertThat(f.supervisor.state()).isEqualTo(SessionState.STANDBY);
        assertThat(f.device.calls).containsSubsequence("standby", "confirmHandpiece 6 mm");
        assertThat(f.supervisor.arm().reason()).isEqualTo(ReasonCode.SETPOINT_NOT_APPLIED);
    }

    @Test
    void applySetpoint_whileReady_sendsStandbyBeforeAnyValueAndNeedsAFreshArm() {
        // Given an armed unit, READY
        f.in(SessionState.READY);
        f.device.calls.clear();
        // When another safe setpoint is applied
        Outcome o = f.supervisor.applySetpoint(SupervisorFixture.SAFE);
        // Then the unit is told STANDBY before any value reaches it, the change is recorded, and arming starts again
        assertThat(o.accepted()).isTrue();
        assertThat(f.device.calls).containsSubsequence("standby", "applySetpoint " + SupervisorFixture.SAFE);
        assertThat(f.events).anyMatch(e -> e.reason() == ReasonCode.PARAMETER_CHANGE);
        assertThat(f.supervisor.state()).isEqualTo(SessionState.STANDBY);
    }

    @Test
    void handpieceChanged_unitUnreachable_isRefused() {
        f.in(SessionState.STANDBY);
        f.device.connected = false;
        Outcome o = f.supervisor.handpieceChanged(org.pulseguard.quantity.SpotDiameter.ofMillimetres(6));
        assertThat(o.reason()).isEqualTo(ReasonCode.DEVICE_UNREACHABLE);
    }

    @Test
    void events_carryNoClientPseudonym() {
        f.in(SessionState.FIRING);
        pulse(400_000);
        f.supervisor.closeSession();
        assertThat(f.events).noneMatch(e -> e.detail().contains("C-7F3K2Q"));
    }
}
