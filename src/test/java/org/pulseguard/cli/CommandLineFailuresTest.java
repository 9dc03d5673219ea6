package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pulseguard.simulator.endpoint.PtyEndpoint;

/**
 * Every bad input and failure a person can meet on the command line, as golden data
 * ({@code src/test/resources/cli/failures.json}: argv, exit code, a fragment of the one-line
 * message), run in-process with captured streams: each gives its exit code, says what it should,
 * and prints no stack trace and no exception class name. {@code help.json}: every command and
 * subcommand takes {@code --help}/{@code -h} and lists its exit codes.
 */
class CommandLineFailuresTest {
    /** A stack frame, an exception or error class name, or a JDK/picocli package name. */
    private static final Pattern JAVA_LEAK = Pattern.compile(
            "(?m)^\\s+at [\\w.$]+\\(|\\b[A-Z]\\w*(Exception|Error)\\b|\\bjava\\.\\w|\\bpicocli\\.\\w|Caused by");

    private static Path tmp;
    private static ServerSocket busy;
    private static PtyEndpoint held;
    private static final Map<String, String> PLACES = new LinkedHashMap<>();

    @BeforeAll
    static void places() throws Exception {
        tmp = Files.createTempDirectory("pulseguard-cli");
        busy = new ServerSocket(0);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Files.createDirectories(tmp.resolve("empty"));
        Path file = Files.writeString(tmp.resolve("notes.txt"), "a regular file");
        Path dangling = Files.createSymbolicLink(tmp.resolve("laser9"), tmp.resolve("gone"));
        held = new PtyEndpoint(tmp.resolve("held0"));
        held.open();
        PLACES.put("${TMP}", tmp.toString());
        PLACES.put("${FILE}", file.toString());
        PLACES.put("${DANGLING}", dangling.toString());
        PLACES.put("${HELD}", held.link().toString());
        PLACES.put("${BUSY_PORT}", Integer.toString(busy.getLocalPort()));
        PLACES.put("${CLOSED_PORT}", Integer.toString(closedPort));
        PLACES.put("${SCENARIO_NOT_JSON}", Files.writeString(tmp.resolve("a.json"), "[{\"atMillis\": 0,").toString());
        PLACES.put("${SCENARIO_BAD_STEP}", Files.writeString(tmp.resolve("b.json"),
                "[{\"atMillis\": 0, \"when\": 3, \"command\": \"state\"}]").toString());
    }

    @AfterAll
    static void release() throws IOException {
        held.close();
        busy.close();
    }

    static Stream<Arguments> failures() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(Path.of("src/test/resources/cli/failures.json").toFile())) {
            cases.add(Arguments.of(c.get("case").asText(), c.get("args"), c.get("exit").asInt(), c.get("says").asText()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failure_givesOneClearLineAndItsExitCode(String name, JsonNode argv, int exit, String says) {
        // Given the golden argv / When run
        CliRun run = CliRun.of(args(argv));

        // Then the exit code, the message, and nothing of Java
        String printed = run.out() + run.err();
        assertThat(run.exitCode()).as(printed).isEqualTo(exit);
        assertThat(printed).contains(place(says));
        assertThat(JAVA_LEAK.matcher(printed).find()).as("Java leaks into: %s", printed).isFalse();
    }

    static Stream<Arguments> helps() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(Path.of("src/test/resources/cli/help.json").toFile())) {
            cases.add(Arguments.of(c.get("args"), c.get("says").asText()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("helps")
    void help_worksOnEveryCommand(JsonNode argv, String says) {
        CliRun run = CliRun.of(args(argv));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(says);
    }

    @Test
    void probeJson_onFailure_printsAnErrorObjectOnStdout() throws Exception {
        // Given a port that does not exist / When probed with --json
        CliRun run = CliRun.of("probe", "--port", tmp.resolve("nothing").toString(), "--json");

        // Then stdout is one JSON error object a script can rely on
        JsonNode error = new ObjectMapper().readTree(run.out()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("not-found");
        assertThat(error.get("exitCode").asInt()).isEqualTo(2).isEqualTo(run.exitCode());
        assertThat(error.get("message").asText()).contains("nothing").contains("does not exist");
    }

    @Test
    void probeJson_onBadOption_printsAnErrorObjectToo() throws Exception {
        CliRun run = CliRun.of("probe", "--port", "tcp://h:notaport", "--json");

        JsonNode error = new ObjectMapper().readTree(run.out()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("bad-input");
        assertThat(error.get("message").asText()).contains("tcp://h:notaport");
    }

    @Test
    void help_profilesCheck_isChecksHelpNotProfiles() {
        CliRun run = CliRun.of("help", "profiles", "check");

        assertThat(run.out()).startsWith("Usage: pulseguard profiles check");
    }

    @Test
    void unanticipatedFailure_isAnInternalErrorWithItsMessage_notAClassName() {
        FailureReport report = FailureReport.of(new IllegalStateException("queue full"), PulseguardCommand.commandLine());
        FailureReport bare = FailureReport.of(new NullPointerException(), PulseguardCommand.commandLine());

        assertThat(report.status()).isEqualTo(ExitStatus.INTERNAL_ERROR);
        assertThat(report.status().code()).isEqualTo(3);
        assertThat(report.message()).isEqualTo("internal error: queue full (please report it)");
        assertThat(bare.message()).isEqualTo("internal error: no detail (please report it)");
    }

    private static String[] args(JsonNode argv) {
        List<String> args = new ArrayList<>();
        argv.forEach(a -> args.add(place(a.asText())));
        return args.toArray(String[]::new);
    }

    private static String place(String text) {
        String placed = text;
        for (Map.Entry<String, String> p : PLACES.entrySet()) {
            placed = placed.replace(p.getKey(), p.getValue());
        }
        return placed;
    }
}
