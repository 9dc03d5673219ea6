package org.pulseguard.device.polled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceEventDispatcher;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.StateChangeCause;

class UnitTrackerTest {
    private final DeviceEventDispatcher dispatcher = new DeviceEventDispatcher("test-events");
    private final EventRecorder events = new EventRecorder();
    private final UnitTracker tracker = new UnitTracker(dispatcher, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), "test");

    UnitTrackerTest() {
        dispatcher.add(events);
    }

    @AfterEach
    void close() {
        dispatcher.close();
    }

    @Test
    void baseline_firstReading_reportsNothing() {
        // When
        boolean tripped = tracker.baseline(reading(LaserState.STANDBY, Set.of(Interlock.COVER), DeviceFault.NONE));
        // Then
        dispatcher.close();
        assertThat(tripped).isFalse();
        assertThat(events.events).isEmpty();
        assertThat(tracker.openInterlocks()).containsExactly(Interlock.COVER);
    }

    @Test
    void observe_interlockOpensWhileEmitting_reportsInterlocksStateAndFaultInThatOrder() {
        // Given
        tracker.baseline(reading(LaserState.EMISSION, Set.of(), DeviceFault.NONE));
        // When
        boolean tripped = tracker.observe(reading(LaserState.STANDBY, Set.of(Interlock.REMOTE), DeviceFault.NONE), null);
        // Then
        dispatcher.close();
        assertThat(tripped).isTrue();
        assertThat(events.events).hasSize(3);
        assertThat(events.events.get(0)).isInstanceOf(DeviceEvent.InterlocksChanged.class);
        assertThat(events.events.get(1)).isEqualTo(new DeviceEvent.StateChanged(Instant.EPOCH, LaserState.EMISSION,
                LaserState.STANDBY, StateChangeCause.INTERLOCK));
        assertThat(events.events.get(2)).isEqualTo(new DeviceEvent.FaultChanged(Instant.EPOCH, DeviceFault.INTERLOCK_OPENED));
    }

    @Test
    void observe_waterFlowOpensWhileReady_latchesWaterFlow() {
        // Given
        tracker.baseline(reading(LaserState.READY, Set.of(), DeviceFault.NONE));
        // When
        tracker.observe(reading(LaserState.READY, Set.of(Interlock.WATER_FLOW), DeviceFault.NONE), null);
        // Then
        assertThat(tracker.latched()).isEqualTo(DeviceFault.WATER_FLOW);
    }

    @Test
    void observe_interlockOpensInStandby_isReportedButLatchesNothing() {
        // Given
        tracker.baseline(reading(LaserState.STANDBY, Set.of(), DeviceFault.NONE));
        // When
        boolean tripped = tracker.observe(reading(LaserState.STANDBY, Set.of(Interlock.COVER), DeviceFault.NONE), null);
        // Then
        assertThat(tripped).isFalse();
        assertThat(tracker.latched()).isEqualTo(DeviceFault.NONE);
        await().until(() -> events.ofType(DeviceEvent.InterlocksChanged.class).size() == 1);
    }

    @Test
    void observe_offAfterReadyWithNoCommand_isTheWatchdogAndLatches() {
        // Given
        tracker.baseline(reading(LaserState.READY, Set.of(), DeviceFault.NONE));
        // When
        tracker.observe(reading(LaserState.OFF, Set.of(), DeviceFault.NONE), null);
        // Then
        dispatcher.close();
        assertThat(tracker.latched()).isEqualTo(DeviceFault.WATCHDOG_EXPIRED);
        assertThat(events.ofType(DeviceEvent.StateChanged.class).get(0).cause()).isEqualTo(StateChangeCause.WATCHDOG);
    }

    @Test
    void observe_dropWhileAnEmergencyStopIsLatched_isCausedByTheEmergencyStop() {
        // Given
        tracker.baseline(reading(LaserState.READY, Set.of(), DeviceFault.NONE));
        tracker.latch(DeviceFault.EMERGENCY_STOP);
        // When a poll sees the stop before the stop's own reading
        tracker.observe(reading(LaserState.OFF, Set.of(), DeviceFault.NONE), null);
        // Then
        dispatcher.close();
        assertThat(events.ofType(DeviceEvent.StateChanged.class).get(0).cause()).isEqualTo(StateChangeCause.EMERGENCY_STOP);
        assertThat(tracker.latched()).isEqualTo(DeviceFault.EMERGENCY_STOP);
    }

    @Test
    void observe_footswitchAndWarmUpTransitions_inferTheirCauses() {
        // Given
        tracker.baseline(reading(LaserState.WARM_UP, Set.of(), DeviceFault.NONE));
        // When
        tracker.observe(reading(LaserState.STANDBY, Set.of(), DeviceFault.NONE), null);
        tracker.observe(reading(LaserState.READY, Set.of(), DeviceFault.NONE), StateChangeCause.HOST_COMMAND);
        tracker.observe(reading(LaserState.EMISSION, Set.of(), DeviceFault.NONE), null);
        tracker.observe(reading(LaserState.READY, Set.of(), DeviceFault.NONE), null);
        // Then
        dispatcher.close();
        assertThat(events.ofType(DeviceEvent.StateChanged.class)).extracting(DeviceEvent.StateChanged::cause)
                .containsExactly(StateChangeCause.WARM_UP_COMPLETE, StateChangeCause.HOST_COMMAND,
                        StateChangeCause.FOOTSWITCH, StateChangeCause.FOOTSWITCH);
    }

    @Test
    void reset_causeGoneOrNot_clearsOnlyWhenGone() {
        // Given an interlock trip
        tracker.baseline(reading(LaserState.READY, Set.of(), DeviceFault.NONE));
        tracker.observe(reading(LaserState.STANDBY, Set.of(Interlock.COVER), DeviceFault.NONE), null);
        // When / Then
        assertThat(tracker.reset(reading(LaserState.STANDBY, Set.of(Interlock.COVER), DeviceFault.NONE)))
                .isEqualTo(DeviceFault.INTERLOCK_OPENED);
        assertThat(tracker.reset(reading(LaserState.STANDBY, Set.of(), DeviceFault.NONE))).isEqualTo(DeviceFault.NONE);
    }

    @Test
    void reset_unitStillReportsAFault_latchesThatFault() {
        // Given
        tracker.baseline(reading(LaserState.STANDBY, Set.of(), DeviceFault.NONE));
        tracker.latch(DeviceFault.EMERGENCY_STOP);
        // When
        DeviceFault left = tracker.reset(reading(LaserState.STANDBY, Set.of(), DeviceFault.INTERNAL));
        // Then
        assertThat(left).isEqualTo(DeviceFault.INTERNAL);
    }

    @Test
    void aFaultTheUnitReports_carriesTheUnitsOwnCodes_andOneTheDriverLatches_none() {
        // Given
        tracker.baseline(reading(LaserState.READY, Set.of(), DeviceFault.NONE));
        // When
        tracker.observe(new UnitTracker.Reading(LaserState.STANDBY, Set.of(), DeviceFault.OVER_TEMPERATURE, "IF2 1b"), null);
        tracker.reset(new UnitTracker.Reading(LaserState.STANDBY, Set.of(), DeviceFault.NONE, "IF2 0b"));
        tracker.latch(DeviceFault.EMERGENCY_STOP);
        // Then
        dispatcher.close();
        assertThat(events.events).filteredOn(e -> e instanceof DeviceEvent.FaultChanged).containsExactly(
                new DeviceEvent.FaultChanged(Instant.EPOCH, DeviceFault.OVER_TEMPERATURE, "IF2 1b"),
                new DeviceEvent.FaultChanged(Instant.EPOCH, DeviceFault.NONE, "IF2 0b"),
                new DeviceEvent.FaultChanged(Instant.EPOCH, DeviceFault.EMERGENCY_STOP, ""));
    }

    private static UnitTracker.Reading reading(LaserState state, Set<Interlock> open, DeviceFault fault) {
        return new UnitTracker.Reading(state, open, fault);
    }
}
