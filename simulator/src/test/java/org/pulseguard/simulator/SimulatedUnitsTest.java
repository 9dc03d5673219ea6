package org.pulseguard.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pulseguard.simulator.control.InterlockInput;
import org.pulseguard.simulator.control.SimulatorObserver;
import org.pulseguard.simulator.control.UnitSnapshot;
import org.pulseguard.simulator.control.UnitState;
import org.pulseguard.simulator.endpoint.InMemoryEndpoint;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.model.FakeClock;
import org.pulseguard.simulator.model.NanoClock;
import org.pulseguard.simulator.scenario.Scenario;
import org.pulseguard.simulator.scenario.ScenarioLoader;
import org.pulseguard.simulator.scenario.ScenarioRunner;
import org.pulseguard.transport.SerialSettings;

/** The dialect-neutral facade: every dialect made by name, driven by the same control lines. */
class SimulatedUnitsTest {
    private final FakeClock clock = new FakeClock();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stopTicker() {
        ticker.shutdownNow();
    }

    private SimulatedUnit started(String dialect) throws Exception {
        SimulatedUnits.Options options = SimulatedUnits.Options.defaults().withPacing(false).withWarmUp(Duration.ZERO);
        return SimulatedUnits.create(dialect, options, clock, ticker).start(new InMemoryEndpoint());
    }

    @Test
    void defaults_lineSettingsPerDialect() {
        assertThat(SimulatedUnits.DIALECTS).containsExactly("reference", "bigsky", "quantaray");
        assertThat(SimulatedUnits.defaultLineSettings("reference")).isEqualTo(SerialSettings.parse("115200 8N1"));
        assertThat(SimulatedUnits.defaultLineSettings("BigSky")).isEqualTo(SerialSettings.parse("9600 8N1"));
        assertThat(SimulatedUnits.defaultLineSettings("quantaray")).isEqualTo(SerialSettings.parse("9600 8N2"));
        assertThat(SimulatedUnits.create("bigsky").lineSettings()).isEqualTo(SerialSettings.parse("9600 8N1"));
        assertThatThrownBy(() -> SimulatedUnits.create("litron")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reference, bigsky, quantaray");
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "bigsky", "quantaray"})
    void fireLocally_advancesTheUnitsCounterWithNoHost_andRefusesNoPulses(String dialect) throws Exception {
        try (SimulatedUnit unit = started(dialect)) {
            long before = unit.control().snapshot().pulseCounter();

            unit.control().fireLocally(5);

            assertThat(unit.control().snapshot().pulseCounter()).isEqualTo(before + 5);
            assertThat(unit.control().snapshot().unitState()).isNotIn(UnitState.ARMED, UnitState.EMITTING);
            assertThatThrownBy(() -> unit.control().fireLocally(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least 1 pulse");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "bigsky", "quantaray"})
    void controlLines_actOnEveryDialect_andStateIsJsonNamingTheDialect(String dialect) throws Exception {
        try (SimulatedUnit unit = started(dialect)) {
            // When a person types control lines
            assertThat(unit.interpreter().execute("interlock cover open")).startsWith("ok interlock COVER open");
            assertThat(unit.interpreter().execute("footswitch press")).isEqualTo("ok footswitch pressed");
            assertThat(unit.interpreter().execute("overtemp on")).isEqualTo("ok over-temperature on");
            assertThat(unit.interpreter().execute("fault drop 2")).isEqualTo("ok next 2 replies dropped");
            JsonNode state = json.readTree(unit.interpreter().execute("state"));

            // Then the neutral snapshot shows them, and the JSON is the dialect's snapshot
            UnitSnapshot snapshot = unit.control().snapshot();
            assertThat(snapshot.dialect()).isEqualTo(dialect);
            assertThat(snapshot.openInputs()).containsExactlyInAnyOrder(InterlockInput.COVER, InterlockInput.TEMPERATURE);
            assertThat(snapshot.footswitchPressed()).isTrue();
            assertThat(snapshot.link().pendingFaults().drops()).isEqualTo(2);
            assertThat(snapshot.faultsExercised()).containsKey(FaultKind.OVER_TEMPERATURE);
            assertThat(state.has("link")).isTrue();
            if (!dialect.equals("reference")) {
                assertThat(state.get("dialect").asText()).isEqualTo(dialect);
                assertThat(state.get("openInputs").size()).isEqualTo(2);
            }
        }
    }

    @Test
    void neutralStates_followTheQuantaRayLadder() throws Exception {
        try (SimulatedUnit unit = started("quantaray")) {
            assertThat(unit.control().snapshot().unitState()).isEqualTo(UnitState.OFF);
            ((InMemoryEndpoint) unit.endpoint()).hostSends("ON\rQSW REP\r".getBytes());
            await().until(() -> unit.control().snapshot().unitState() == UnitState.ARMED);
            unit.control().pressFootswitch();
            assertThat(unit.control().snapshot().unitState()).isEqualTo(UnitState.EMITTING);
            assertThat(unit.control().snapshot().rateHertz()).isEqualTo(10.0);
        }
    }

    @Test
    void observer_seesLinesRepliesAndFaults_ofATextDialect() throws Exception {
        try (SimulatedUnit unit = started("bigsky")) {
            List<String> seen = new CopyOnWriteArrayList<>();
            unit.addObserver(new SimulatorObserver() {
                @Override
                public void lineReceived(String line) {
                    seen.add("in " + line);
                }

                @Override
                public void lineReplySent(String reply) {
                    seen.add("out " + reply);
                }

                @Override
                public void frameRejected(String reason) {
                    seen.add("refused " + reason.substring(0, reason.indexOf(':')));
                }

                @Override
                public void faultExercised(FaultKind kind, String detail) {
                    seen.add("fault " + kind);
                }
            });
            unit.control().duplicateReplies(1);
            ((InMemoryEndpoint) unit.endpoint()).hostSends(">SN\r\n>XX\r\n".getBytes());
            await().until(() -> seen.size() >= 6);
            assertThat(seen.stream().filter(s -> !s.startsWith("out"))).containsExactly("in >SN",
                    "fault DUPLICATE_REPLY", "in >XX", "refused UNKNOWN_COMMAND");
            assertThat(seen.stream().filter(s -> s.startsWith("out")))
                    .containsExactly("out \\r\\ns/number    184", "out \\r\\ns/number    184");
        }
    }

    @Test
    void scenarioFiles_runOnATextDialect() throws Exception {
        try (SimulatedUnit unit = started("bigsky")) {
            Scenario scenario = new ScenarioLoader(unit.interpreter().parser()).parse("inline",
                    "[{\"atMillis\": 0, \"command\": \"waterflow off\"}, {\"atMillis\": 10, \"command\": \"reboot\"}]");
            List<ScenarioRunner.StepOutcome> outcomes = new ScenarioRunner(unit.interpreter(),
                    NanoClock.system()).run(scenario, o -> { });
            assertThat(outcomes).allMatch(ScenarioRunner.StepOutcome::ok);
            assertThat(unit.control().snapshot().faultsExercised())
                    .containsKeys(FaultKind.WATER_FLOW_LOSS, FaultKind.REBOOT);
        }
    }
}
