package org.pulseguard.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserState;

/**
 * Trips and emergency stops never wait behind an operator command (issue 7 item 2, hazard H19): an
 * operator command is held inside the unit with a latch, and the trip's standby (or the stop) must
 * reach the unit while it is still held. Each wait below is one-sided: it returns as soon as the
 * call arrives and fails only if it never does.
 */
class SessionSupervisorConcurrencyTest {
    private static final Duration NEVER = Duration.ofSeconds(10);

    private final SupervisorFixture f = new SupervisorFixture();

    private long count(String call) {
        return f.device.calls.stream().filter(call::equals).count();
    }

    /** Delivers a device event on its own thread, as the driver's dispatch thread would. */
    private CompletableFuture<Void> deliver(DeviceEvent event) {
        return CompletableFuture.runAsync(() -> f.supervisor.onEvent(event));
    }

    @Test
    void interlockOpening_whileArmIsHeldInsideTheUnit_sendsStandbyAtOnceAndTheLateArmCannotArm() throws Exception {
        // Given: an ARM that has reached the unit and is held there (a unit retrying, or slow to answer)
        f.in(SessionState.STANDBY);
        FakeLaserDevice.Blocker held = f.device.blockNext("arm");
        CompletableFuture<Outcome> arm = CompletableFuture.supplyAsync(f.supervisor::arm);
        assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();
        long standbysBefore = count("standby");
        // When: the remote (door) interlock opens
        CompletableFuture<Void> trip = deliver(new DeviceEvent.InterlocksChanged(f.clock.instant(), EnumSet.of(Interlock.REMOTE)));
        // Then: standby reached the unit while the ARM is still held
        boolean standbyWhileHeld = f.device.awaitCalls("standby", (int) standbysBefore + 1, NEVER);
        held.release.countDown();
        assertThat(standbyWhileHeld).as("standby sent while the operator's ARM is in flight").isTrue();
        trip.get(10, TimeUnit.SECONDS);
        assertThat(f.supervisor.state()).isEqualTo(SessionState.TRIPPED);
        // And: the ARM that lost the race neither arms the supervisor nor leaves the unit armed
        Outcome late = arm.get(10, TimeUnit.SECONDS);
        assertThat(late.accepted()).isFalse();
        assertThat(late.reason()).isEqualTo(ReasonCode.COMMAND_SUPERSEDED);
        assertThat(f.supervisor.state()).isEqualTo(SessionState.TRIPPED);
        assertThat(f.device.calls).containsSubsequence("arm", "standby", "standby");
        assertThat(f.device.calls).last().isEqualTo("standby");
        assertThat(f.device.state).isEqualTo(LaserState.STANDBY);
    }

    @Test
    void linkLoss_whileASetpointIsHeldInsideTheUnit_sendsStandbyAtOnceAndTheLateSetpointIsNotTaken() throws Exception {
        // Given: READY, and a new setpoint held inside the unit
        f.in(SessionState.READY);
        FakeLaserDevice.Blocker held = f.device.blockNext("applySetpoint");
        CompletableFuture<Outcome> apply = CompletableFuture.supplyAsync(() -> f.supervisor.applySetpoint(SupervisorFixture.SAFE));
        assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();
        long standbysBefore = count("standby");
        // When
        CompletableFuture<Void> trip = deliver(new DeviceEvent.LinkLost(f.clock.instant(), "fake: cable pulled"));
        // Then
        boolean standbyWhileHeld = f.device.awaitCalls("standby", (int) standbysBefore + 1, NEVER);
        held.release.countDown();
        assertThat(standbyWhileHeld).as("standby sent while the operator's setpoint is in flight").isTrue();
        trip.get(10, TimeUnit.SECONDS);
        Outcome late = apply.get(10, TimeUnit.SECONDS);
        assertThat(late.reason()).isEqualTo(ReasonCode.COMMAND_SUPERSEDED);
        assertThat(f.supervisor.state()).isEqualTo(SessionState.TRIPPED);
        // And: the setpoint that lost the race is not taken as verified
        assertThat(f.supervisor.reset().accepted()).isTrue();
        assertThat(f.supervisor.arm().reason()).isEqualTo(ReasonCode.SETPOINT_NOT_APPLIED);
    }

    @Test
    void emergencyStop_whileArmIsHeldInsideTheUnit_reachesTheLaserAtOnce() throws Exception {
        f.in(SessionState.STANDBY);
        FakeLaserDevice.Blocker held = f.device.blockNext("arm");
        CompletableFuture<Outcome> arm = CompletableFuture.supplyAsync(f.supervisor::arm);
        assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();
        // When
        CompletableFuture<Outcome> stop = CompletableFuture.supplyAsync(f.supervisor::emergencyStop);
        // Then
        boolean stopWhileHeld = f.device.awaitCalls("emergencyStop", 1, NEVER);
        held.release.countDown();
        assertThat(stopWhileHeld).as("emergency stop sent while the operator's ARM is in flight").isTrue();
        assertThat(stop.get(10, TimeUnit.SECONDS).state()).isEqualTo(SessionState.EMERGENCY_STOPPED);
        assertThat(arm.get(10, TimeUnit.SECONDS).reason()).isEqualTo(ReasonCode.COMMAND_SUPERSEDED);
        assertThat(f.supervisor.state()).isEqualTo(SessionState.EMERGENCY_STOPPED);
        assertThat(f.device.state).isEqualTo(LaserState.STANDBY);
    }

    @Test
    void reset_interruptedByAnEmergencyStop_isRefusedAndStaysLatched() throws Exception {
        f.in(SessionState.TRIPPED);
        FakeLaserDevice.Blocker held = f.device.blockNext("resetFault");
        CompletableFuture<Outcome> reset = CompletableFuture.supplyAsync(f.supervisor::reset);
        assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Outcome> stop = CompletableFuture.supplyAsync(f.supervisor::emergencyStop);
        boolean stopWhileHeld = f.device.awaitCalls("emergencyStop", 1, NEVER);
        held.release.countDown();
        assertThat(stopWhileHeld).isTrue();
        stop.get(10, TimeUnit.SECONDS);
        assertThat(reset.get(10, TimeUnit.SECONDS).reason()).isEqualTo(ReasonCode.COMMAND_SUPERSEDED);
        assertThat(f.supervisor.state()).isEqualTo(SessionState.EMERGENCY_STOPPED);
    }

    @Test
    void unitReportsReady_onTheOperatorsArmStillInFlight_isNoSurpriseAndTheArmCompletes() throws Exception {
        // Given: the ARM is held inside the unit, which already reports READY on it (a polled unit's poll)
        f.in(SessionState.STANDBY);
        FakeLaserDevice.Blocker held = f.device.blockNext("arm");
        CompletableFuture<Outcome> arm = CompletableFuture.supplyAsync(f.supervisor::arm);
        assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();
        // When
        f.supervisor.onEvent(new DeviceEvent.StateChanged(f.clock.instant(), LaserState.STANDBY, LaserState.READY,
                org.pulseguard.device.StateChangeCause.HOST_COMMAND));
        held.release.countDown();
        // Then
        assertThat(arm.get(10, TimeUnit.SECONDS).reason()).isEqualTo(ReasonCode.ARMED);
        assertThat(f.supervisor.state()).isEqualTo(SessionState.EMISSION_DELAY);
        assertThat(f.device.calls).doesNotContain("emergencyStop");
    }
}
