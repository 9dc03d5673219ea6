package org.pulseguard.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pulseguard.protocol.reference.WireState.EMISSION;
import static org.pulseguard.protocol.reference.WireState.OFF;
import static org.pulseguard.protocol.reference.WireState.READY;
import static org.pulseguard.protocol.reference.WireState.STANDBY;
import static org.pulseguard.protocol.reference.WireState.WARM_UP;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireError;
import org.pulseguard.protocol.reference.WireState;

/** Every state x every request: accepted (with its reply type and the state after) or refused with the right code. */
class LaserModelCommandTest {
    private static final String OK = "ok";
    private static final String WRONG = "WRONG_STATE";

    /** Expected outcome per request in OFF, WARM_UP, STANDBY, READY, EMISSION. */
    private static final Map<MessageType, String[]> TABLE = Map.ofEntries(
            Map.entry(MessageType.IDENTIFY, row(OK, OK, OK, OK, OK)),
            Map.entry(MessageType.GET_STATUS, row(OK, OK, OK, OK, OK)),
            Map.entry(MessageType.SET_ENERGY, row(WRONG, OK, OK, WRONG, WRONG)),
            Map.entry(MessageType.GET_ENERGY, row(OK, OK, OK, OK, OK)),
            Map.entry(MessageType.SET_SPOT, row(WRONG, OK, OK, WRONG, WRONG)),
            Map.entry(MessageType.GET_SPOT, row(OK, OK, OK, OK, OK)),
            Map.entry(MessageType.SET_RATE, row(WRONG, OK, OK, WRONG, WRONG)),
            Map.entry(MessageType.GET_RATE, row(OK, OK, OK, OK, OK)),
            Map.entry(MessageType.SET_WAVELENGTH, row(WRONG, OK, OK, WRONG, WRONG)),
            Map.entry(MessageType.GET_WAVELENGTH, row(OK, OK, OK, OK, OK)),
            Map.entry(MessageType.ARM, row(WRONG, WRONG, "READY", "READY", "EMISSION")),
            Map.entry(MessageType.STANDBY, row("OFF", "WARM_UP", "STANDBY", "STANDBY", "STANDBY")),
            Map.entry(MessageType.EMERGENCY_STOP, row("OFF", "WARM_UP", "STANDBY", "STANDBY", "STANDBY")),
            Map.entry(MessageType.RESET_FAULT, row(WRONG, OK, OK, OK, OK)),
            Map.entry(MessageType.HEARTBEAT, row("OFF", "WARM_UP", "STANDBY", "READY", "EMISSION")),
            Map.entry(MessageType.READ_COUNTERS, row(OK, OK, OK, OK, OK)),
            Map.entry(MessageType.RESET_USER_COUNTER, row(WRONG, OK, OK, OK, OK)));

    static Stream<Arguments> everyStateAndCommand() {
        List<Arguments> cases = new ArrayList<>();
        WireState[] states = {OFF, WARM_UP, STANDBY, READY, EMISSION};
        TABLE.forEach((type, expected) -> {
            for (int i = 0; i < states.length; i++) {
                cases.add(Arguments.of(states[i], type, expected[i]));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} in {0} -> {2}")
    @MethodSource("everyStateAndCommand")
    void execute_inEachState_acceptsOrRefusesPerSpec(WireState state, MessageType type, String expected) {
        // Given a unit in the state
        ModelDriver driver = inState(state);
        // When the request arrives
        Reply reply = driver.send(request(type));
        // Then it is answered as section 6.1 says
        if (expected.equals(WRONG)) {
            assertThat(reply).isEqualTo(new Reply.Refused(type.code(), WireError.WRONG_STATE));
        } else {
            assertThat(reply.type()).isEqualTo(type.replyType());
            if (!expected.equals(OK)) {
                assertThat(((Reply.StateAfter) reply).state()).isEqualTo(WireState.valueOf(expected));
            }
        }
    }

    static ModelDriver inState(WireState state) {
        ModelDriver driver = new ModelDriver(ModelDriver.config(Duration.ZERO, 0, state != OFF));
        switch (state) {
            case OFF, WARM_UP -> driver.atMillis(1);
            case STANDBY -> driver.standby();
            case READY -> driver.ready();
            case EMISSION -> {
                driver.ready();
                driver.model.setFootswitch(true, 3000 * ModelDriver.MS);
            }
        }
        assertThat(driver.snapshot().state()).isEqualTo(state);
        return driver;
    }

    private static Request request(MessageType type) {
        return switch (type) {
            case IDENTIFY -> new Request.Identify();
            case GET_STATUS -> new Request.GetStatus();
            case SET_ENERGY -> new Request.SetEnergy(400_000);
            case GET_ENERGY -> new Request.GetEnergy();
            case SET_SPOT -> new Request.SetSpot(4_000);
            case GET_SPOT -> new Request.GetSpot();
            case SET_RATE -> new Request.SetRate(5_000);
            case GET_RATE -> new Request.GetRate();
            case SET_WAVELENGTH -> new Request.SetWavelength(532);
            case GET_WAVELENGTH -> new Request.GetWavelength();
            case ARM -> new Request.Arm();
            case STANDBY -> new Request.Standby();
            case EMERGENCY_STOP -> new Request.EmergencyStop();
            case RESET_FAULT -> new Request.ResetFault();
            case HEARTBEAT -> new Request.Heartbeat();
            case READ_COUNTERS -> new Request.ReadCounters();
            case RESET_USER_COUNTER -> new Request.ResetUserCounter();
            default -> throw new IllegalArgumentException(type.toString());
        };
    }

    private static String[] row(String... perState) {
        return perState;
    }
}
