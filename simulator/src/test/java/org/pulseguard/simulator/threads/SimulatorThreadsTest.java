package org.pulseguard.simulator.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** No simulator thread dies silently; in {@code pulseguard sim} a thread's death ends the process. */
class SimulatorThreadsTest {
    private final List<String> deaths = new CopyOnWriteArrayList<>();
    private final SimulatorThreads.ThreadDeathPolicy previous =
            SimulatorThreads.setPolicy((thread, failure) -> deaths.add(thread + " " + failure.getClass().getSimpleName()));

    @AfterEach
    void restorePolicy() {
        SimulatorThreads.setPolicy(previous);
    }

    @Test
    void threadThatDies_isReportedByNameAndCause() throws Exception {
        Thread thread = SimulatorThreads.newThread(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, "pulseguard-sim-test");
        thread.start();
        thread.join(5000);

        assertThat(thread.isDaemon()).isTrue();
        assertThat(deaths).containsExactly("pulseguard-sim-test OutOfMemoryError");
    }

    @Test
    void factory_namesEveryThreadItMakes() {
        var factory = SimulatorThreads.named("pulseguard-sim-ticker");
        assertThat(factory.newThread(() -> { }).getName()).isEqualTo("pulseguard-sim-ticker");
        assertThat(factory.newThread(() -> { }).getName()).isEqualTo("pulseguard-sim-ticker-2");
    }

    @Test
    void readerDyingOfOutOfMemory_endsTheSimProcessWithOneLineAndExit70() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=none", ReaderDiesOfOutOfMemory.class.getName())
                .redirectErrorStream(true).start();
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(ended).as("process ended; output: %s", output).isTrue();
        assertThat(child.exitValue()).as(output).isEqualTo(SimulatorThreads.EXIT_THREAD_DIED);
        assertThat(output).contains("pulseguard sim: stopping: simulator thread pulseguard-sim-reader died of "
                + "OutOfMemoryError: Java heap space");
        assertThat(output).doesNotContain("\tat ");
    }
}
