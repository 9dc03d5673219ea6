package org.pulseguard.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pulseguard.simulator.console.ControlLineParser;

/** Scenario files load with every command checked; malformed ones are refused with file, index and reason. */
class ScenarioLoaderTest {
    private final ScenarioLoader loader = new ScenarioLoader(new ControlLineParser());

    static Stream<Path> shippedScenarios() throws IOException {
        return Files.list(Path.of("simulator", "scenarios")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void load_shippedScenario_isValid(Path file) throws ScenarioException {
        assertThat(loader.load(file).steps()).isNotEmpty();
    }

    @Test
    void shippedScenarios_areAtLeastTwo() throws IOException {
        assertThat(shippedScenarios()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void parse_validText_keepsStepsInOrder() throws ScenarioException {
        Scenario scenario = loader.parse("s.json",
                "[{\"atMillis\": 0, \"command\": \"footswitch press\"}, {\"atMillis\": 500, \"command\": \"fault drop 2\"}]");
        assertThat(scenario.steps()).containsExactly(new ScenarioStep(0, "footswitch press"),
                new ScenarioStep(500, "fault drop 2"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "[{\"atMillis\": 0, \"command\": \"state\"},|bad.json: not valid JSON",
            "{\"atMillis\": 0}|bad.json: expected a JSON array",
            "[1]|bad.json: step 0: expected an object",
            "[{\"atMillis\": 0, \"command\": \"state\", \"when\": 1}]|bad.json: step 0: unknown field 'when'",
            "[{\"atMillis\": -5, \"command\": \"state\"}]|bad.json: step 0: atMillis must be a whole number >= 0",
            "[{\"atMillis\": 1.5, \"command\": \"state\"}]|bad.json: step 0: atMillis must be a whole number",
            "[{\"atMillis\": 0}]|bad.json: step 0: command must be a non-empty string",
            "[{\"atMillis\": 0, \"command\": \"state\"}, {\"atMillis\": 9, \"command\": \"fly away\"}]|bad.json: step 1: command 'fly away': unknown command 'fly'",
            "[{\"atMillis\": 10, \"command\": \"state\"}, {\"atMillis\": 9, \"command\": \"state\"}]|bad.json: step 1: atMillis 9 is earlier"})
    void parse_malformed_namesFileIndexAndReason(String text, String message) {
        assertThatThrownBy(() -> loader.parse("bad.json", text)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void load_missingFile_namesTheFile() {
        assertThatThrownBy(() -> loader.load(Path.of("no-such-scenario.json"))).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("no-such-scenario.json: cannot be read");
    }
}
