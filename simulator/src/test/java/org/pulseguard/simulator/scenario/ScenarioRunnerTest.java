package org.pulseguard.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pulseguard.protocol.reference.WireInterlock;
import org.pulseguard.simulator.console.ControlLineParser;
import org.pulseguard.simulator.link.SimulatorHarness;
import org.pulseguard.simulator.model.NanoClock;

/** A scenario plays its control lines in order against the running simulator. */
class ScenarioRunnerTest {

    @Test
    void run_playsEachStepAndReportsOutcomes() throws Exception {
        try (SimulatorHarness sim = new SimulatorHarness().warmedUp()) {
            // Given a short scenario
            Scenario scenario = new ScenarioLoader(new ControlLineParser()).parse("t.json", "["
                    + "{\"atMillis\": 0, \"command\": \"footswitch press\"},"
                    + "{\"atMillis\": 20, \"command\": \"interlock cover open\"},"
                    + "{\"atMillis\": 40, \"command\": \"link restore\"}]");
            List<ScenarioRunner.StepOutcome> seen = new ArrayList<>();
            // When it runs in the background
            List<ScenarioRunner.StepOutcome> outcomes = new ScenarioRunner(sim.simulator.interpreter(), NanoClock.system())
                    .start(scenario, seen::add).get(2, TimeUnit.SECONDS);
            // Then every step ran in order and its effect is in the true state
            assertThat(outcomes).extracting(ScenarioRunner.StepOutcome::response)
                    .containsExactly("ok footswitch pressed", "ok interlock COVER open", "ok link restored");
            assertThat(outcomes).allMatch(ScenarioRunner.StepOutcome::ok).isEqualTo(seen);
            assertThat(sim.control().snapshot().device().openInterlocks()).containsExactly(WireInterlock.COVER);
        }
    }
}
