package org.pulseguard.simulator.link;

import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import org.pulseguard.simulator.endpoint.DeviceEndpoint;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.model.NanoClock;
import org.pulseguard.transport.SerialSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writer thread's work: takes transmissions from the {@link OutputQueue} in order and writes them to
 * the endpoint, paced like a UART at the line's baud rate. A pty or socket does not pace bytes, so
 * each chunk of at least 0.5 ms of wire time is written when the line would have finished sending
 * it, measured against a running deadline (the scheduler cannot resolve single bytes at 115200
 * baud). Delays and split gaps hold the line. Pacing uses the real clock, never the device clock.
 *
 * <p>Runs on one thread; {@link #stop()} may be called from any thread.
 */
final class OutputWriter implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(OutputWriter.class);
    private static final long MIN_CHUNK_NANOS = 500_000;

    private final OutputQueue outbox;
    private final DeviceEndpoint endpoint;
    private final boolean pacing;
    private final SimulatorLinkCounters counters;
    private final Runnable onFailure;
    private final NanoClock wallClock = NanoClock.system();
    private volatile SerialSettings line;
    private volatile boolean running = true;
    private long lineFreeAt;

    OutputWriter(OutputQueue outbox, DeviceEndpoint endpoint, LinkOptions options, SimulatorLinkCounters counters,
                 Runnable onFailure) {
        this.outbox = outbox;
        this.endpoint = endpoint;
        this.line = options.lineSettings();
        this.pacing = options.pacing();
        this.counters = counters;
        this.onFailure = onFailure;
    }

    void stop() {
        running = false;
    }

    /** Paces from now on at {@code settings} (a unit told to change its baud rate). */
    void setLineSettings(SerialSettings settings) {
        line = settings;
    }

    /** The line settings output is paced at. */
    SerialSettings lineSettings() {
        return line;
    }

    @Override
    public void run() {
        while (running) {
            try {
                Transmission next = outbox.poll(100);
                if (next != null) {
                    send(next);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("simulator writer failed; device goes to its safe state", e);
                onFailure.run();
                LockSupport.parkNanos(100_000_000L);
            } catch (Error e) {
                EndpointLink.failSafeBeforeDying(onFailure);
                throw e;
            }
        }
    }

    private void send(Transmission transmission) throws InterruptedException {
        sleepNanos(transmission.delayNanos());
        byte[] bytes = transmission.bytes();
        int[] cuts = transmission.cuts();
        int from = 0;
        try {
            for (int i = 0; i <= cuts.length; i++) {
                int to = i < cuts.length ? cuts[i] : bytes.length;
                if (i > 0) {
                    sleepNanos(transmission.gapNanos());
                }
                writePaced(Arrays.copyOfRange(bytes, from, to));
                from = to;
            }
        } catch (EndpointException e) {
            counters.framesSuppressed.incrementAndGet();
            LOG.debug("output lost: {}", e.getMessage());
            return;
        }
        transmission.onWritten().run();
    }

    private void writePaced(byte[] piece) throws EndpointException, InterruptedException {
        if (!pacing) {
            write(piece);
            return;
        }
        SerialSettings settings = line;
        int chunkBytes = (int) Math.max(1, -Math.floorDiv(-MIN_CHUNK_NANOS, settings.wireTimeNanos(1)));
        lineFreeAt = Math.max(lineFreeAt, wallClock.nanoTime());
        for (int from = 0; from < piece.length; from += chunkBytes) {
            byte[] chunk = Arrays.copyOfRange(piece, from, Math.min(piece.length, from + chunkBytes));
            lineFreeAt += settings.wireTimeNanos(chunk.length);
            sleepNanos(lineFreeAt - wallClock.nanoTime());
            write(chunk);
        }
    }

    private void write(byte[] bytes) throws EndpointException {
        endpoint.write(bytes);
        counters.bytesSent.addAndGet(bytes.length);
    }

    private void sleepNanos(long nanos) throws InterruptedException {
        long deadline = wallClock.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = deadline - wallClock.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedException("writer stopped");
            }
        }
    }
}
