package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pulseguard serve}'s options refused before anything starts: exit 2, one message naming the
 * option or file and what is expected, no journal opened, no stack trace.
 */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPortOutsideTheRange_isBadInput() {
        CliRun run = serve("--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port 70000: expected 0..65535 (0 takes a free port)");
        assertNothingStarted(run);
    }

    @Test
    void aPortThatIsNotANumber_isBadInput() {
        CliRun run = serve("--port", "eighty");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port").contains("eighty");
        assertNothingStarted(run);
    }

    @Test
    void aBindBeyondLoopback_isRefused_evenWithAConfigThatDoesNotAllowIt() throws Exception {
        Path config = dir.resolve("serve.json");
        Files.writeString(config, "{\"port\": 0}");

        CliRun run = serve("--config", config.toString(), "--bind", "0.0.0.0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--bind: '0.0.0.0' is not a loopback address");
        assertNothingStarted(run);
    }

    @Test
    void aBindAddressThatIsNoAddress_isBadInput() {
        CliRun run = serve("--bind", "no-such-host.invalid");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--bind: 'no-such-host.invalid' is not an address of this machine");
        assertNothingStarted(run);
    }

    @Test
    void aMissingConfigFile_isBadInput_namingIt() {
        CliRun run = serve("--config", dir.resolve("absent.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(dir.resolve("absent.json") + ": cannot be read");
        assertNothingStarted(run);
    }

    @Test
    void help_listsTheOptions_andTheExitCodes() {
        CliRun run = CliRun.of("serve", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--config", "--data", "--port", "--bind", "Exit codes:");
    }

    private CliRun serve(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = dir.resolve("data").toString();
        return CliRun.of(all);
    }

    private void assertNothingStarted(CliRun run) {
        assertThat(dir.resolve("data")).as("no journal opened").doesNotExist();
        assertThat(run.out()).doesNotContain("ready at");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
