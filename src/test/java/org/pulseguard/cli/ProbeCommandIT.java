package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.simulator.ReferenceLaserSimulator;
import org.pulseguard.simulator.SimulatorConfig;
import org.pulseguard.simulator.endpoint.PtyEndpoint;
import org.pulseguard.simulator.endpoint.TcpEndpoint;

/** {@code pulseguard probe} against the simulator, over a pty and over TCP. */
class ProbeCommandIT {
    @TempDir
    Path dir;

    private static SimulatorConfig config() {
        return SimulatorConfig.builder().warmUp(Duration.ZERO).serial("SIM-4242").lifetimePulsesAtStart(1234).build();
    }

    @Test
    void probe_json_overAPty_printsIdentityStateAndCounters() throws Exception {
        Path link = dir.resolve("laser0");
        try (ReferenceLaserSimulator sim = new ReferenceLaserSimulator(config())) {
            sim.start(new PtyEndpoint(link));
            CliRun run = CliRun.of("probe", "--port", link.toString(), "--json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode json = new ObjectMapper().readTree(run.out());
            assertThat(json.get("model").asText()).isEqualTo("PG-RL1064");
            assertThat(json.get("serial").asText()).isEqualTo("SIM-4242");
            assertThat(json.get("firmware").asText()).isEqualTo("1.0.0");
            assertThat(json.get("state").asText()).isEqualTo("STANDBY");
            assertThat(json.get("counters").get("lifetimePulses").asLong()).isEqualTo(1234);
            assertThat(json.get("setpoint").get("energyMillijoules").asDouble()).isEqualTo(100.0);
        }
    }

    @Test
    void probe_text_overTcp_printsAReadableSummary() throws Exception {
        TcpEndpoint endpoint = TcpEndpoint.loopback(0);
        try (ReferenceLaserSimulator sim = new ReferenceLaserSimulator(config())) {
            sim.start(endpoint);
            CliRun run = CliRun.of("probe", "--port", "tcp://127.0.0.1:" + endpoint.port());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("PG-RL1064", "SIM-4242", "STANDBY", "lifetime 1234");
        }
    }

    @Test
    void probe_nothingThere_failsWithAClearMessage() {
        CliRun run = CliRun.of("probe", "--port", dir.resolve("nothing").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("probe", "nothing", "does not exist");
    }

    @Test
    void probe_wrongDialect_saysTheUnitDidNotAnswerInIt_andSuggestsAnother() throws Exception {
        // Given a reference unit / When probed as a Big Sky, with --json
        Path link = dir.resolve("laser0");
        try (ReferenceLaserSimulator sim = new ReferenceLaserSimulator(config())) {
            sim.start(new PtyEndpoint(link));
            CliRun run = CliRun.of("probe", "--dialect", "bigsky", "--port", link.toString(), "--json");

            // Then: a failure of the link (1), in words, and as a JSON error object
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).contains("did not answer in the bigsky dialect", "try --dialect reference")
                    .doesNotContain("Exception");
            JsonNode error = new ObjectMapper().readTree(run.out()).get("error");
            assertThat(error.get("exitCode").asInt()).isEqualTo(1);
            assertThat(error.get("message").asText()).contains("--dialect reference");
        }
    }
}
