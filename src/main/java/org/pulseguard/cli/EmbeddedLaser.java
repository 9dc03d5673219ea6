package org.pulseguard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.pulseguard.simulator.SimulatedUnit;
import org.pulseguard.simulator.SimulatedUnits;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.endpoint.PtyEndpoint;

/**
 * The simulated reference laser {@code pulseguard serve} runs when no config names real units: a
 * simulator on a pseudo-terminal that the service reaches through jSerialComm like a real unit.
 * Close it after the driver that uses it.
 */
final class EmbeddedLaser implements AutoCloseable {
    /** The dialect and the shipped device profile of the embedded unit. */
    static final String DIALECT = "reference";

    private final Path dir;
    private final Path link;
    private final SimulatedUnit unit;

    private EmbeddedLaser(Path dir, Path link, SimulatedUnit unit) {
        this.dir = dir;
        this.link = link;
        this.unit = unit;
    }

    /** Starts the simulator on a fresh pseudo-terminal and waits for its warm-up. */
    static EmbeddedLaser start(long seed) throws IOException, EndpointException, InterruptedException {
        Path dir = Files.createTempDirectory("pulseguard-serve");
        Path link = dir.resolve("laser0");
        SimulatedUnit unit = SimulatedUnits.create(DIALECT,
                SimulatedUnits.Options.defaults().withSeed(seed).withWarmUp(Duration.ofMillis(200)));
        try {
            unit.start(new PtyEndpoint(link));
            UnitStartup.waitForWarmUp(unit);
        } catch (EndpointException | InterruptedException | RuntimeException e) {
            unit.close();
            Files.deleteIfExists(dir);
            throw e;
        }
        return new EmbeddedLaser(dir, link, unit);
    }

    /** The pseudo-terminal's path, the port the driver opens. */
    String port() {
        return link.toString();
    }

    /** What it is, for the console. */
    String describe() {
        return "embedded simulator (" + DIALECT + ") on " + unit.endpoint().describe();
    }

    @Override
    public void close() throws IOException {
        unit.close();
        Files.deleteIfExists(link);
        Files.deleteIfExists(dir);
    }
}
