package org.pulseguard.device.polled;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pulseguard.transport.ByteTransport;
import org.pulseguard.transport.SerialSettings;
import org.pulseguard.transport.TransportException;

/**
 * The byte side of a hand-written fake unit for driver tests: what the driver writes goes to
 * {@link #onBytes} (the dialect's fake decodes and answers there), what the fake answers waits in
 * a queue the driver reads. It can go silent (reads nothing, answers nothing), disconnect (reads and
 * writes fail with LINK_LOST until re-opened) or refuse to open. Thread-safe.
 */
public abstract class FakeLineUnit implements ByteTransport {
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final String name;
    private final SerialSettings settings;
    private final BlockingQueue<byte[]> toHost = new LinkedBlockingQueue<>();
    public final List<byte[]> writes = new CopyOnWriteArrayList<>();
    public final AtomicInteger opens = new AtomicInteger();
    private volatile boolean open;
    private volatile boolean lost;
    private volatile boolean silent;

    protected FakeLineUnit(String kind, SerialSettings settings) {
        this.name = "fake:" + kind + "-" + INSTANCES.incrementAndGet();
        this.settings = settings;
    }

    /** Handles bytes the driver wrote (called on the writing thread, one write at a time). */
    protected abstract void onBytes(byte[] data);

    /** Queues bytes for the driver to read, unless the unit is silent. */
    protected void answer(byte[] bytes) {
        if (!silent && bytes.length > 0) {
            toHost.add(bytes.clone());
        }
    }

    /** Puts bytes on the line at once, unasked (a late or stray transmission). */
    public void inject(byte[] bytes) {
        toHost.add(bytes.clone());
    }

    /** The unit stops answering (and its queued answers are lost). */
    public void goSilent() {
        silent = true;
        toHost.clear();
    }

    /** The other side vanishes: reads and writes fail with LINK_LOST until re-opened. */
    public void disconnect() {
        lost = true;
    }

    @Override
    public void open() {
        opens.incrementAndGet();
        toHost.clear();
        lost = false;
        open = true;
    }

    @Override
    public int read(byte[] buffer) throws TransportException {
        requireUsable();
        byte[] chunk;
        try {
            chunk = toHost.poll(pollMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        if (chunk == null) {
            return 0;
        }
        System.arraycopy(chunk, 0, buffer, 0, chunk.length);
        return chunk.length;
    }

    @Override
    public void write(byte[] data) throws TransportException {
        requireUsable();
        writes.add(data.clone());
        synchronized (this) {
            onBytes(data);
        }
    }

    private void requireUsable() throws TransportException {
        if (lost) {
            open = false;
            throw new TransportException(TransportException.Kind.LINK_LOST, name + " disconnected");
        }
        if (!open) {
            throw new TransportException(TransportException.Kind.CLOSED, name + " is closed");
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public int pollMillis() {
        return 5;
    }

    @Override
    public SerialSettings settings() {
        return settings;
    }

    @Override
    public String describe() {
        return name + " (in-memory)";
    }

    @Override
    public void close() {
        open = false;
    }
}
