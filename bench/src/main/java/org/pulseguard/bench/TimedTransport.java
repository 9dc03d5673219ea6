package org.pulseguard.bench;

import org.pulseguard.transport.ByteTransport;
import org.pulseguard.transport.SerialSettings;
import org.pulseguard.transport.TransportException;

/** Wraps a transport and records when a frame of one message type finished being written. */
final class TimedTransport implements ByteTransport {
    private final ByteTransport inner;
    private final int watchedType;
    private volatile long lastWatchedWriteNanos;

    TimedTransport(ByteTransport inner, int watchedType) {
        this.inner = inner;
        this.watchedType = watchedType;
    }

    long lastWatchedWriteNanos() {
        return lastWatchedWriteNanos;
    }

    @Override public void open() throws TransportException { inner.open(); }
    @Override public int read(byte[] buffer) throws TransportException { return inner.read(buffer); }

    @Override
    public void write(byte[] data) throws TransportException {
        inner.write(data);
        if (data.length > 4 && (data[4] & 0xFF) == watchedType) {
            lastWatchedWriteNanos = System.nanoTime();
        }
    }

    @Override public boolean isOpen() { return inner.isOpen(); }
    @Override public int pollMillis() { return inner.pollMillis(); }
    @Override public SerialSettings settings() { return inner.settings(); }
    @Override public String describe() { return inner.describe(); }
    @Override public void close() { inner.close(); }
}
