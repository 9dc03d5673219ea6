package org.pulseguard.device.fuzz;

import java.nio.file.Path;
import java.util.Arrays;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.endpoint.PtyEndpoint;
import org.pulseguard.transport.ByteTransport;
import org.pulseguard.transport.TransportException;

/**
 * A hand-written fake unit (any {@link ByteTransport} fake: it answers what is written to it and
 * queues its replies for reading) put on a real pseudo-terminal, with every transmission of the
 * unit passed through a {@link ReplyFuzzer}. The driver under test opens the pty's link through
 * jSerialComm like a real port. Two named daemon threads carry the bytes; {@link #close()} stops
 * them. Thread-safe.
 */
public final class FuzzedPtyUnit implements AutoCloseable {
    private final ByteTransport fake;
    private final PtyEndpoint endpoint;
    private final ReplyFuzzer fuzzer;
    private final Thread toUnit;
    private final Thread toHost;
    private volatile boolean running = true;

    /**
     * @param fake the fake unit, not yet open
     * @param link where the pty's link is made
     */
    public FuzzedPtyUnit(ByteTransport fake, Path link, ReplyFuzzer fuzzer) throws EndpointException, TransportException {
        this.fake = fake;
        this.fuzzer = fuzzer;
        this.endpoint = new PtyEndpoint(link);
        endpoint.open();
        fake.open();
        toUnit = new Thread(this::carryToUnit, "fuzz-to-unit");
        toHost = new Thread(this::carryToHost, "fuzz-to-host");
        toUnit.setDaemon(true);
        toHost.setDaemon(true);
        toUnit.start();
        toHost.start();
    }

    private void carryToUnit() {
        byte[] buffer = new byte[512];
        while (running) {
            try {
                int count = endpoint.read(buffer);
                if (count > 0) {
                    fake.write(Arrays.copyOf(buffer, count));
                }
            } catch (EndpointException | TransportException e) {
                pause();
            }
        }
    }

    private void carryToHost() {
        byte[] buffer = new byte[8_192];
        while (running) {
            try {
                int count = fake.read(buffer);
                if (count <= 0) {
                    continue;
                }
                for (ReplyFuzzer.Chunk chunk : fuzzer.apply(Arrays.copyOf(buffer, count))) {
                    if (chunk.pauseMillis() > 0) {
                        Thread.sleep(chunk.pauseMillis());
                    }
                    endpoint.write(chunk.bytes());
                }
            } catch (InterruptedException e) {
                return;
            } catch (EndpointException | TransportException e) {
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        toUnit.join(2_000);
        toHost.join(2_000);
        endpoint.close();
        fake.close();
    }
}
