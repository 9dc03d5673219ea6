package org.pulseguard.simulator.endpoint;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pulseguard.protocol.reference.Frame;
import org.pulseguard.protocol.reference.FrameDecoder;

/**
 * A device endpoint in memory, with the host's side built in for tests: {@link #hostSends} puts
 * bytes on the line to the device; what the device writes is kept raw, counted per write, and
 * decoded into frames by a host-side {@link FrameDecoder}. Thread-safe.
 */
public final class InMemoryEndpoint implements DeviceEndpoint {
    private final LinkedBlockingQueue<byte[]> toDevice = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream fromDevice = new ByteArrayOutputStream();
    private final List<Frame> frames = new ArrayList<>();
    private final AtomicInteger crcMismatches = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();
    private final List<Write> writeLog = new ArrayList<>();
    private final FrameDecoder hostDecoder = new FrameDecoder(
            FrameDecoder.Listener.of(frames::add, sequence -> crcMismatches.incrementAndGet()));
    private byte[] pending = new byte[0];
    private volatile boolean up;
    private volatile boolean closed;
    private volatile long generation;
    private volatile Throwable failNextRead;

    /** The host writes {@code bytes} to the device. */
    public void hostSends(byte[] bytes) {
        toDevice.add(bytes.clone());
    }

    /** Every byte the device wrote so far. */
    public synchronized byte[] hostReceivedBytes() {
        return fromDevice.toByteArray();
    }

    /** One write call of the device: its bytes and when it happened ({@link System#nanoTime()}). */
    public record Write(byte[] bytes, long nanos) { }

    /** Every write call of the device so far, in order (one per piece of a split reply without pacing). */
    public synchronized List<Write> hostReceivedWrites() {
        return List.copyOf(writeLog);
    }

    /** The CRC-valid frames the device wrote so far, in order. */
    public synchronized List<Frame> hostFrames() {
        return List.copyOf(frames);
    }

    /** Frames the host decoder rejected for their CRC. */
    public int hostCrcMismatches() {
        return crcMismatches.get();
    }

    /** How many write calls the device made. */
    public int writeCount() {
        return writes.get();
    }

    /** Makes the next read throw {@code failure} (to test that the reader survives, or dies visibly of an Error). */
    public void failNextRead(Throwable failure) {
        failNextRead = failure;
    }

    @Override
    public void open() throws EndpointException {
        if (closed) {
            throw new EndpointException("closed", false);
        }
        if (!up) {
            up = true;
            generation++;
        }
    }

    @Override
    public int read(byte[] buffer) throws EndpointException {
        if (closed) {
            throw new EndpointException("closed", false);
        }
        Throwable failure = failNextRead;
        if (failure != null) {
            failNextRead = null;
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        }
        try {
            if (pending.length == 0) {
                byte[] next = toDevice.poll(20, TimeUnit.MILLISECONDS);
                if (next == null || !up) {
                    return 0;
                }
                pending = next;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        int n = Math.min(buffer.length, pending.length);
        System.arraycopy(pending, 0, buffer, 0, n);
        pending = java.util.Arrays.copyOfRange(pending, n, pending.length);
        return n;
    }

    @Override
    public synchronized void write(byte[] data) throws EndpointException {
        if (!up) {
            throw new EndpointException(closed ? "closed" : "cut", !closed);
        }
        writes.incrementAndGet();
        writeLog.add(new Write(data.clone(), System.nanoTime()));
        fromDevice.write(data, 0, data.length);
        hostDecoder.feed(data);
    }

    @Override
    public void cut() {
        up = false;
    }

    @Override
    public boolean isUp() {
        return up;
    }

    @Override
    public long peerGeneration() {
        return generation;
    }

    @Override
    public String describe() {
        return "memory" + (up ? "" : " (down)");
    }

    @Override
    public void close() {
        closed = true;
        up = false;
    }
}
