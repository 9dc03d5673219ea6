package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a real process shows: {@code sim} stops on {@code quit} and at the end of stdin; a
 * second simulator on the same pty path is refused while the first runs, and a link left by a
 * killed simulator is replaced with a note; the jar finds its profiles from any directory. Runs
 * {@code target/pulseguard.jar} (built by {@code package} before the integration tests).
 */
class CommandLineProcessIT {
    private static final Path JAR = Path.of("target/pulseguard.jar").toAbsolutePath();
    /** A bound against a hang, not a timing assertion: a JVM starts in well under it. */
    private static final long HANG_GUARD_SECONDS = 60;

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(Process::destroyForcibly);
    }

    private Process pulseguard(Path workingDirectory, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
        started.add(p);
        return p;
    }

    /** Reads lines until one contains {@code text}; returns everything read. */
    private static String readUntil(Process p, String text) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.contains(text)) {
                return seen.toString();
            }
        }
        return seen.toString();
    }

    private static String rest(Process p) throws Exception {
        assertThat(p.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).as("process ended").isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void sim_quitOnStdin_stopsTheSimulatorAndRemovesTheLink() throws Exception {
        Path link = dir.resolve("laser0");
        Process sim = pulseguard(dir, "sim", "--pty", link.toString(), "--quiet");
        assertThat(readUntil(sim, "simulated reference unit")).contains(link.toString());

        try (OutputStream in = sim.getOutputStream()) {
            in.write("quit\n".getBytes(StandardCharsets.US_ASCII));
            in.flush();
            assertThat(rest(sim)).contains("simulator stopped");
        }
        assertThat(sim.exitValue()).isZero();
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void sim_endOfStdin_stopsTheSimulator() throws Exception {
        Process sim = pulseguard(dir, "sim", "--tcp", "0", "--quiet");
        assertThat(readUntil(sim, "simulated reference unit")).contains("tcp://127.0.0.1:");

        sim.getOutputStream().close();

        assertThat(rest(sim)).contains("simulator stopped");
        assertThat(sim.exitValue()).isZero();
    }

    @Test
    void sim_secondSimulatorOnTheSamePty_isRefusedAndTheFirstKeepsItsLink() throws Exception {
        // Given a running simulator on ./laser0
        Path link = dir.resolve("laser0");
        Process first = pulseguard(dir, "sim", "--pty", link.toString(), "--quiet");
        readUntil(first, "simulated reference unit");
        Path firstTarget = Files.readSymbolicLink(link);

        // When a second one is started on the same path
        Process second = pulseguard(dir, "sim", "--pty", link.toString(), "--quiet");
        String said = rest(second);

        // Then it is refused, and the link still leads to the first one's pty
        assertThat(second.exitValue()).as(said).isEqualTo(1);
        assertThat(said).contains(link + " is held by a running simulator").doesNotContain("Exception");
        assertThat(Files.readSymbolicLink(link)).isEqualTo(firstTarget);
        assertThat(first.isAlive()).isTrue();
    }

    @Test
    void sim_staleLinkOfAKilledSimulator_isReplacedWithANote() throws Exception {
        // Given a simulator killed without a chance to clean up
        Path link = dir.resolve("laser0");
        Process killed = pulseguard(dir, "sim", "--pty", link.toString(), "--quiet");
        readUntil(killed, "simulated reference unit");
        killed.destroyForcibly().waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        assertThat(Files.isSymbolicLink(link)).as("the killed simulator's link is left behind").isTrue();

        // When a new one starts on the same path
        Process next = pulseguard(dir, "sim", "--pty", link.toString(), "--quiet");
        String said = readUntil(next, "simulated reference unit");

        // Then it takes the path over and says so
        assertThat(said).contains("note: replaced the stale link " + link);
        assertThat(next.isAlive()).isTrue();
    }

    @Test
    void jar_fromAnotherDirectory_findsTheInstallationsProfiles() throws Exception {
        // Given a working directory with no device-profiles folder
        Process check = pulseguard(dir, "profiles", "check");

        String said = rest(check);

        assertThat(check.exitValue()).as(said).isZero();
        assertThat(said).contains("3 device profile(s), 12 safe profile(s), all valid");
    }

    @Test
    void demo_fromAnotherDirectory_runs() throws Exception {
        // Given a working directory with no device-profiles folder / When the demo runs there
        Process demo = pulseguard(dir, "demo", "--data", dir.resolve("journal").toString());

        String said = rest(demo);

        // Then it finds the installation's profiles and completes (and cleans up its pty folder)
        assertThat(demo.exitValue()).as(said).isZero();
    }
}
