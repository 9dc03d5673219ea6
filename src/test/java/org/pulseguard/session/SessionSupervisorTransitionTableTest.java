package org.pulseguard.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.profile.SkinType;
import org.pulseguard.quantity.PulseEnergy;

/**
 * Every supervisor state x every input, as a table: the state after, and the kind and reason of
 * the last event (or "-" when the input must be ignored without any record). Each case first lets
 * 400 ms pass (past the stray-pulse grace, inside the 1 s emission delay).
 */
class SessionSupervisorTransitionTableTest {

    private static final Map<String, Consumer<SupervisorFixture>> INPUTS = new LinkedHashMap<>();

    static {
        INPUTS.put("open", f -> f.supervisor.openSession(SupervisorFixture.request(SkinType.II, SupervisorFixture.complete())));
        INPUTS.put("apply", f -> f.supervisor.applySetpoint(SupervisorFixture.SAFE));
        INPUTS.put("applyOver", f -> f.supervisor.applySetpoint(SupervisorFixture.OVER_LIMIT));
        INPUTS.put("arm", f -> f.supervisor.arm());
        INPUTS.put("standby", f -> f.supervisor.standby());
        INPUTS.put("estop", f -> f.supervisor.emergencyStop());
        INPUTS.put("reset", f -> f.supervisor.reset());
        INPUTS.put("close", f -> f.supervisor.closeSession());
        INPUTS.put("handpiece", f -> f.supervisor.handpieceChanged(org.pulseguard.quantity.SpotDiameter.ofMillimetres(4)));
        INPUTS.put("tickDelay", f -> tickAfter(f, Duration.ofSeconds(1)));
        INPUTS.put("tickIdle", f -> tickAfter(f, Duration.ofSeconds(61)));
        INPUTS.put("tickStuck", f -> tickAfter(f, Duration.ofSeconds(31)));
        INPUTS.put("press", f -> f.supervisor.onEvent(new DeviceEvent.FootswitchChanged(f.clock.instant(), true)));
        INPUTS.put("release", f -> f.supervisor.onEvent(new DeviceEvent.FootswitchChanged(f.clock.instant(), false)));
        INPUTS.put("pulse", f -> pulse(f, 400));
        INPUTS.put("pulseOff", f -> pulse(f, 520));
        INPUTS.put("pulsesCounted", f -> f.supervisor.onEvent(new DeviceEvent.PulsesCounted(f.clock.instant(), 1001, 1003)));
        INPUTS.put("unitEmits", f -> f.supervisor.onEvent(new DeviceEvent.StateChanged(f.clock.instant(), LaserState.READY,
                LaserState.EMISSION, StateChangeCause.FOOTSWITCH)));
        INPUTS.put("unitStopsEmitting", f -> f.supervisor.onEvent(new DeviceEvent.StateChanged(f.clock.instant(),
                LaserState.EMISSION, LaserState.READY, StateChangeCause.FOOTSWITCH)));
        INPUTS.put("interlockOpen", f -> f.supervisor.onEvent(new DeviceEvent.InterlocksChanged(f.clock.instant(), EnumSet.of(Interlock.REMOTE))));
        INPUTS.put("faultWatchdog", f -> f.supervisor.onEvent(new DeviceEvent.FaultChanged(f.clock.instant(), DeviceFault.WATCHDOG_EXPIRED)));
        INPUTS.put("faultNone", f -> f.supervisor.onEvent(new DeviceEvent.FaultChanged(f.clock.instant(), DeviceFault.NONE)));
        INPUTS.put("unitArms", f -> f.supervisor.onEvent(new DeviceEvent.StateChanged(f.clock.instant(), LaserState.STANDBY,
                LaserState.READY, StateChangeCause.HOST_COMMAND)));
        INPUTS.put("unitDrops", f -> f.supervisor.onEvent(new DeviceEvent.StateChanged(f.clock.instant(), LaserState.READY,
                LaserState.STANDBY, StateChangeCause.INTERLOCK)));
        INPUTS.put("linkLost", f -> f.supervisor.onEvent(new DeviceEvent.LinkLost(f.clock.instant(), "fake: gone")));
        INPUTS.put("eventsMissed", f -> f.supervisor.onEvent(new DeviceEvent.EventsMissed(f.clock.instant(), 3)));
    }

    /** state | input | state after | last event kind | last event reason. */
    private static final String TABLE = """
            IDLE | open | STANDBY | TRANSITION | SESSION_OPENED
            IDLE | apply | IDLE | REFUSAL | NO_SESSION
            IDLE | applyOver | IDLE | REFUSAL | NO_SESSION
            IDLE | arm | IDLE | REFUSAL | NO_SESSION
            IDLE | standby | IDLE | TRANSITION | STANDBY_REQUESTED
            IDLE | estop | EMERGENCY_STOPPED | TRIP | EMERGENCY_STOP
            IDLE | reset | IDLE | REFUSAL | NOTHING_TO_RESET
            IDLE | close | IDLE | REFUSAL | NO_SESSION
            IDLE | handpiece | IDLE | TRANSITION | HANDPIECE_CHANGE
            IDLE | tickDelay | IDLE | - | -
            IDLE | tickIdle | IDLE | - | -
            IDLE | tickStuck | IDLE | - | -
            IDLE | press | IDLE | - | -
            IDLE | release | IDLE | - | -
            IDLE | pulse | TRIPPED | TRIP | UNEXPECTED_EMISSION
            IDLE | pulseOff | TRIPPED | TRIP | UNEXPECTED_EMISSION
            IDLE | pulsesCounted | TRIPPED | TRIP | UNEXPECTED_EMISSION
            IDLE | unitEmits | TRIPPED | TRIP | UNEXPECTED_STATE
            IDLE | unitStopsEmitting | TRIPPED | TRIP | UNEXPECTED_STATE
            IDLE | interlockOpen | IDLE | RECORD | INTERLOCK_OPEN
            IDLE | faultWatchdog | TRIPPED | TRIP | WATCHDOG_EXPIRED
            IDLE | faultNone | IDLE | RECORD | DEVICE_FAULT
            IDLE | unitArms | TRIPPED | TRIP | UNEXPECTED_STATE
            IDLE | unitDrops | IDLE | RECORD | DEVICE_STATE
            IDLE | linkLost | TRIPPED | TRIP | LINK_LOST
            IDLE | eventsMissed | IDLE | RECORD | EVENTS_MISSED

            STANDBY | open | STANDBY | REFUSAL | SESSION_ALREADY_OPEN
            STANDBY | apply | STANDBY | TRANSITION | SETPOINT_APPLIED
            STANDBY | applyOver | STANDBY | REFUSAL | GATE_REFUSED
            STANDBY | arm | EMISSION_DELAY | TRANSITION | ARMED
            STANDBY | standby | STANDBY | TRANSITION | STANDBY_REQUESTED
            STANDBY | estop | EMERGENCY_STOPPED | TRIP | EMERGENCY_STOP
            STANDBY | reset | STANDBY | REFUSAL | NOTHING_TO_RESET
            STANDBY | close | IDLE | TRANSITION | SESSION_CLOSED
            STANDBY | handpiece | STANDBY | TRANSITION | HANDPIECE_CHANGE
            STANDBY | tickDelay | STANDBY | - | -
            STANDBY | tickIdle | STANDBY | - | -
            STANDBY | tickStuck | STANDBY | - | -
            STANDBY | press | STANDBY | - | -
            STANDBY | release | STANDBY | - | -
            STANDBY | pulse | TRIPPED | TRIP | UNEXPECTED_EMISSION
            STANDBY | pulseOff | TRIPPED | TRIP | UNEXPECTED_EMISSION
            STANDBY | pulsesCounted | TRIPPED | TRIP | UNEXPECTED_EMISSION
            STANDBY | unitEmits | TRIPPED | TRIP | UNEXPECTED_STATE
            STANDBY | unitStopsEmitting | TRIPPED | TRIP | UNEXPECTED_STATE
            STANDBY | interlockOpen | STANDBY | RECORD | INTERLOCK_OPEN
            STANDBY | faultWatchdog | TRIPPED | TRIP | WATCHDOG_EXPIRED
            STANDBY | faultNone | STANDBY | RECORD | DEVICE_FAULT
            STANDBY | unitArms | TRIPPED | TRIP | UNEXPECTED_STATE
            STANDBY | unitDrops | STANDBY | RECORD | DEVICE_STATE
            STANDBY | linkLost | TRIPPED | TRIP | LINK_LOST
            STANDBY | eventsMissed | STANDBY | RECORD | EVENTS_MISSED

            EMISSION_DELAY | open | EMISSION_DELAY | REFUSAL | SESSION_ALREADY_OPEN
            EMISSION_DELAY | apply | STANDBY | TRANSITION | SETPOINT_APPLIED
            EMISSION_DELAY | applyOver | EMISSION_DELAY | REFUSAL | GATE_REFUSED
            EMISSION_DELAY | arm | EMISSION_DELAY | REFUSAL | ALREADY_ARMED
            EMISSION_DELAY | standby | STANDBY | TRANSITION | STANDBY_REQUESTED
            EMISSION_DELAY | estop | EMERGENCY_STOPPED | TRIP | EMERGENCY_STOP
            EMISSION_DELAY | reset | EMISSION_DELAY | REFUSAL | NOTHING_TO_RESET
            EMISSION_DELAY | close | IDLE | TRANSITION | SESSION_CLOSED
            EMISSION_DELAY | handpiece | STANDBY | TRANSITION | HANDPIECE_CHANGE
            EMISSION_DELAY | tickDelay | READY | TRANSITION | EMISSION_DELAY_ELAPSED
            EMISSION_DELAY | tickIdle | READY | TRANSITION | EMISSION_DELAY_ELAPSED
            EMISSION_DELAY | tickStuck | READY | TRANSITION | EMISSION_DELAY_ELAPSED
            EMISSION_DELAY | press | TRIPPED | TRIP | FOOTSWITCH_DURING_DELAY
            EMISSION_DELAY | release | EMISSION_DELAY | - | -
            EMISSION_DELAY | pulse | TRIPPED | TRIP | UNEXPECTED_EMISSION
            EMISSION_DELAY | pulseOff | TRIPPED | TRIP | UNEXPECTED_EMISSION
            EMISSION_DELAY | pulsesCounted | TRIPPED | TRIP | UNEXPECTED_EMISSION
            EMISSION_DELAY | unitEmits | TRIPPED | TRIP | UNEXPECTED_EMISSION
            EMISSION_DELAY | unitStopsEmitting | EMISSION_DELAY | RECORD | DEVICE_STATE
            EMISSION_DELAY | interlockOpen | TRIPPED | TRIP | INTERLOCK_OPENED
            EMISSION_DELAY | faultWatchdog | TRIPPED | TRIP | WATCHDOG_EXPIRED
            EMISSION_DELAY | faultNone | EMISSION_DELAY | RECORD | DEVICE_FAULT
            EMISSION_DELAY | unitArms | EMISSION_DELAY | RECORD | DEVICE_STATE
            EMISSION_DELAY | unitDrops | TRIPPED | TRIP | UNEXPECTED_STATE
            EMISSION_DELAY | linkLost | TRIPPED | TRIP | LINK_LOST
            EMISSION_DELAY | eventsMissed | TRIPPED | TRIP | EVENTS_MISSED

            READY | open | READY | REFUSAL | SESSION_ALREADY_OPEN
            READY | apply | STANDBY | TRANSITION | SETPOINT_APPLIED
            READY | applyOver | READY | REFUSAL | GATE_REFUSED
            READY | arm | READY | REFUSAL | ALREADY_ARMED
            READY | standby | STANDBY | TRANSITION | STANDBY_REQUESTED
            READY | estop | EMERGENCY_STOPPED | TRIP | EMERGENCY_STOP
            READY | reset | READY | REFUSAL | NOTHING_TO_RESET
            READY | close | IDLE | TRANSITION | SESSION_CLOSED
            READY | handpiece | STANDBY | TRANSITION | HANDPIECE_CHANGE
            READY | tickDelay | READY | - | -
            READY | tickIdle | STANDBY | TRANSITION | IDLE_TIMEOUT
            READY | tickStuck | READY | - | -
            READY | press | FIRING | TRANSITION | RUN_STARTED
            READY | release | READY | - | -
            READY | pulse | FIRING | RECORD | PULSE
            READY | pulseOff | FIRING | RECORD | PULSE
            READY | pulsesCounted | FIRING | RECORD | PULSE
            READY | unitEmits | FIRING | TRANSITION | RUN_STARTED
            READY | unitStopsEmitting | READY | RECORD | DEVICE_STATE
            READY | interlockOpen | TRIPPED | TRIP | INTERLOCK_OPENED
            READY | faultWatchdog | TRIPPED | TRIP | WATCHDOG_EXPIRED
            READY | faultNone | READY | RECORD | DEVICE_FAULT
            READY | unitArms | READY | RECORD | DEVICE_STATE
            READY | unitDrops | TRIPPED | TRIP | UNEXPECTED_STATE
            READY | linkLost | TRIPPED | TRIP | LINK_LOST
            READY | eventsMissed | TRIPPED | TRIP | EVENTS_MISSED

            FIRING | open | FIRING | REFUSAL | SESSION_ALREADY_OPEN
            FIRING | apply | STANDBY | TRANSITION | SETPOINT_APPLIED
            FIRING | applyOver | FIRING | REFUSAL | GATE_REFUSED
            FIRING | arm | FIRING | REFUSAL | ALREADY_ARMED
            FIRING | standby | STANDBY | TRANSITION | STANDBY_REQUESTED
            FIRING | estop | EMERGENCY_STOPPED | TRIP | EMERGENCY_STOP
            FIRING | reset | FIRING | REFUSAL | NOTHING_TO_RESET
            FIRING | close | IDLE | TRANSITION | SESSION_CLOSED
            FIRING | handpiece | STANDBY | TRANSITION | HANDPIECE_CHANGE
            FIRING | tickDelay | FIRING | - | -
            FIRING | tickIdle | TRIPPED | TRIP | STUCK_FOOTSWITCH
            FIRING | tickStuck | TRIPPED | TRIP | STUCK_FOOTSWITCH
            FIRING | press | FIRING | - | -
            FIRING | release | READY | TRANSITION | RUN_ENDED
            FIRING | pulse | FIRING | RECORD | PULSE
            FIRING | pulseOff | FIRING | RECORD | PULSE
            FIRING | pulsesCounted | FIRING | RECORD | PULSE
            FIRING | unitEmits | FIRING | RECORD | DEVICE_STATE
            FIRING | unitStopsEmitting | READY | TRANSITION | RUN_ENDED
            FIRING | interlockOpen | TRIPPED | TRIP | INTERLOCK_OPENED
            FIRING | faultWatchdog | TRIPPED | TRIP | WATCHDOG_EXPIRED
            FIRING | faultNone | FIRING | RECORD | DEVICE_FAULT
            FIRING | unitArms | FIRING | RECORD | DEVICE_STATE
            FIRING | unitDrops | TRIPPED | TRIP | UNEXPECTED_STATE
            FIRING | linkLost | TRIPPED | TRIP | LINK_LOST
            FIRING | eventsMissed | TRIPPED | TRIP | EVENTS_MISSED

            TRIPPED | open | TRIPPED | REFUSAL | FAULT_LATCHED
            TRIPPED | apply | TRIPPED | REFUSAL | FAULT_LATCHED
            TRIPPED | applyOver | TRIPPED | REFUSAL | FAULT_LATCHED
            TRIPPED | arm | TRIPPED | REFUSAL | FAULT_LATCHED
            TRIPPED | standby | TRIPPED | TRANSITION | STANDBY_REQUESTED
            TRIPPED | estop | EMERGENCY_STOPPED | TRIP | EMERGENCY_STOP
            TRIPPED | reset | STANDBY | TRANSITION | RESET
            TRIPPED | close | TRIPPED | TRANSITION | SESSION_CLOSED
            TRIPPED | handpiece | TRIPPED | TRANSITION | HANDPIECE_CHANGE
            TRIPPED | tickDelay | TRIPPED | - | -
            TRIPPED | tickIdle | TRIPPED | - | -
            TRIPPED | tickStuck | TRIPPED | - | -
            TRIPPED | press | TRIPPED | - | -
            TRIPPED | release | TRIPPED | - | -
            TRIPPED | pulse | TRIPPED | TRIP | UNEXPECTED_EMISSION
            TRIPPED | pulseOff | TRIPPED | TRIP | UNEXPECTED_EMISSION
            TRIPPED | pulsesCounted | TRIPPED | TRIP | UNEXPECTED_EMISSION
            TRIPPED | unitEmits | TRIPPED | TRIP | UNEXPECTED_STATE
            TRIPPED | unitStopsEmitting | TRIPPED | TRIP | UNEXPECTED_STATE
            TRIPPED | interlockOpen | TRIPPED | RECORD | INTERLOCK_OPEN
            TRIPPED | faultWatchdog | TRIPPED | RECORD | DEVICE_FAULT
            TRIPPED | faultNone | TRIPPED | RECORD | DEVICE_FAULT
            TRIPPED | unitArms | TRIPPED | TRIP | UNEXPECTED_STATE
            TRIPPED | unitDrops | TRIPPED | RECORD | DEVICE_STATE
            TRIPPED | linkLost | TRIPPED | RECORD | LINK_LOST
            TRIPPED | eventsMissed | TRIPPED | RECORD | EVENTS_MISSED

            EMERGENCY_STOPPED | open | EMERGENCY_STOPPED | REFUSAL | FAULT_LATCHED
            EMERGENCY_STOPPED | apply | EMERGENCY_STOPPED | REFUSAL | FAULT_LATCHED
            EMERGENCY_STOPPED | applyOver | EMERGENCY_STOPPED | REFUSAL | FAULT_LATCHED
            EMERGENCY_STOPPED | arm | EMERGENCY_STOPPED | REFUSAL | FAULT_LATCHED
            EMERGENCY_STOPPED | standby | EMERGENCY_STOPPED | TRANSITION | STANDBY_REQUESTED
            EMERGENCY_STOPPED | estop | EMERGENCY_STOPPED | TRIP | EMERGENCY_STOP
            EMERGENCY_STOPPED | reset | STANDBY | TRANSITION | RESET
            EMERGENCY_STOPPED | close | EMERGENCY_STOPPED | TRANSITION | SESSION_CLOSED
            EMERGENCY_STOPPED | handpiece | EMERGENCY_STOPPED | TRANSITION | HANDPIECE_CHANGE
            EMERGENCY_STOPPED | tickDelay | EMERGENCY_STOPPED | - | -
            EMERGENCY_STOPPED | tickIdle | EMERGENCY_STOPPED | - | -
            EMERGENCY_STOPPED | tickStuck | EMERGENCY_STOPPED | - | -
            EMERGENCY_STOPPED | press | EMERGENCY_STOPPED | - | -
            EMERGENCY_STOPPED | release | EMERGENCY_STOPPED | - | -
            EMERGENCY_STOPPED | pulse | TRIPPED | TRIP | UNEXPECTED_EMISSION
            EMERGENCY_STOPPED | pulseOff | TRIPPED | TRIP | UNEXPECTED_EMISSION
            EMERGENCY_STOPPED | pulsesCounted | TRIPPED | TRIP | UNEXPECTED_EMISSION
            EMERGENCY_STOPPED | unitEmits | TRIPPED | TRIP | UNEXPECTED_STATE
            EMERGENCY_STOPPED | unitStopsEmitting | TRIPPED | TRIP | UNEXPECTED_STATE
            EMERGENCY_STOPPED | interlockOpen | EMERGENCY_STOPPED | RECORD | INTERLOCK_OPEN
            EMERGENCY_STOPPED | faultWatchdog | EMERGENCY_STOPPED | RECORD | DEVICE_FAULT
            EMERGENCY_STOPPED | faultNone | EMERGENCY_STOPPED | RECORD | DEVICE_FAULT
            EMERGENCY_STOPPED | unitArms | TRIPPED | TRIP | UNEXPECTED_STATE
            EMERGENCY_STOPPED | unitDrops | EMERGENCY_STOPPED | RECORD | DEVICE_STATE
            EMERGENCY_STOPPED | linkLost | EMERGENCY_STOPPED | RECORD | LINK_LOST
            EMERGENCY_STOPPED | eventsMissed | EMERGENCY_STOPPED | RECORD | EVENTS_MISSED
            """;

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : TABLE.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\\|");
            rows.add(Arguments.of(c[0].trim(), c[1].trim(), c[2].trim(), c[3].trim(), c[4].trim()));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} + {1} -> {2} {3} {4}")
    @MethodSource("table")
    void input_inState_givesTheTabledStateAndEvent(String state, String input, String after, String kind, String reason) {
        // Given
        SupervisorFixture f = new SupervisorFixture().in(SessionState.valueOf(state));
        assertThat(f.supervisor.state()).isEqualTo(SessionState.valueOf(state));
        f.clock.advance(Duration.ofMillis(400));
        int before = f.events.size();

        // When
        INPUTS.get(input).accept(f);

        // Then
        assertThat(f.supervisor.state()).isEqualTo(SessionState.valueOf(after));
        if (kind.equals("-")) {
            assertThat(f.events.subList(before, f.events.size())).as("an ignored input leaves no record").isEmpty();
        } else {
            assertThat(f.events.size()).as("an event was recorded").isGreaterThan(before);
            assertThat(f.lastEvent().kind()).isEqualTo(SupervisorEvent.Kind.valueOf(kind));
            assertThat(f.lastEvent().reason()).isEqualTo(ReasonCode.valueOf(reason));
        }
    }

    @Test
    void table_coversEveryStateAndEveryInput() {
        long rows = table().count();
        assertThat(rows).isEqualTo((long) SessionState.values().length * INPUTS.size());
    }

    private static void tickAfter(SupervisorFixture f, Duration wait) {
        f.clock.advance(wait);
        f.supervisor.tick();
    }

    private static void pulse(SupervisorFixture f, long millijoules) {
        f.supervisor.onEvent(new DeviceEvent.PulseEmitted(f.clock.instant(), 1001, 1,
                PulseEnergy.ofMillijoules(millijoules)));
    }
}
