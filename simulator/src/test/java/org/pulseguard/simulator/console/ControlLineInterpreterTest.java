package org.pulseguard.simulator.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.protocol.reference.WireFault;
import org.pulseguard.protocol.reference.WireInterlock;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.link.SimulatorHarness;

/** Control lines act on the running simulator; bad lines answer an error and change nothing. */
class ControlLineInterpreterTest {
    private SimulatorHarness sim;
    private ControlLineInterpreter interpreter;

    @BeforeEach
    void start() throws Exception {
        sim = new SimulatorHarness().warmedUp();
        interpreter = sim.simulator.interpreter();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void footswitchAndInterlockLines_changeTheTrueState() {
        assertThat(interpreter.execute("footswitch press")).isEqualTo("ok footswitch pressed");
        assertThat(interpreter.execute("interlock remote open")).isEqualTo("ok interlock REMOTE open");
        assertThat(interpreter.execute("estop press")).isEqualTo("ok emergency-stop button pressed");
        var device = sim.control().snapshot().device();
        assertThat(device.footswitchPressed()).isTrue();
        assertThat(device.openInterlocks()).containsExactly(WireInterlock.REMOTE, WireInterlock.EMERGENCY_STOP_BUTTON);
        assertThat(device.fault()).isEqualTo(WireFault.EMERGENCY_STOP);
    }

    @Test
    void state_isOneLineOfJsonWithTheTrueState() throws Exception {
        interpreter.execute("overtemp on");
        String line = interpreter.execute("state");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(line).doesNotContain("\n");
        assertThat(json.at("/device/state").asText()).isEqualTo("STANDBY");
        assertThat(json.at("/device/interlockBits").asInt()).isEqualTo(WireInterlock.TEMPERATURE.mask());
        assertThat(json.at("/faultsExercised/OVER_TEMPERATURE").asLong()).isEqualTo(1);
        assertThat(json.at("/link/linkUp").asBoolean()).isTrue();
    }

    @Test
    void faultLines_armTheFaults() {
        assertThat(interpreter.execute("fault drop 3")).isEqualTo("ok next 3 replies dropped");
        assertThat(interpreter.execute("fault delay 800 1")).isEqualTo("ok next 1 replies delayed 800 ms");
        assertThat(interpreter.execute("drift 0.05")).isEqualTo("ok energy drift 0.05 per minute");
        var snapshot = sim.control().snapshot();
        assertThat(snapshot.link().pendingFaults().drops()).isEqualTo(3);
        assertThat(snapshot.link().pendingFaults().delayMillis()).isEqualTo(800);
        assertThat(snapshot.device().energyDriftPerMinute()).isEqualTo(0.05);
        assertThat(snapshot.faultsExercised()).containsKey(FaultKind.ENERGY_DRIFT);
        assertThat(interpreter.execute("fault clear")).isEqualTo("ok faults cleared");
        assertThat(sim.control().snapshot().link().pendingFaults().drops()).isZero();
    }

    @Test
    void badLine_answersAnErrorAndChangesNothing() {
        String before = sim.control().snapshot().device().toString();
        assertThat(interpreter.execute("footswitch stomp")).startsWith("error: expected 'press' or 'release'");
        assertThat(interpreter.execute("launch rockets")).isEqualTo("error: unknown command 'launch' (try help)");
        assertThat(sim.control().snapshot().device().toString()).isEqualTo(before);
    }

    @Test
    void blankAndCommentLines_answerNothing() {
        assertThat(interpreter.execute("   ")).isEmpty();
        assertThat(interpreter.execute("# a note")).isEmpty();
        assertThat(interpreter.execute("help")).startsWith("ok commands:");
    }

    @Test
    void failingAction_answersAnErrorLine() {
        interpreter.execute("link cut");
        sim.endpoint.close();
        assertThat(interpreter.execute("link restore")).startsWith("error: link restore failed:");
    }
}
