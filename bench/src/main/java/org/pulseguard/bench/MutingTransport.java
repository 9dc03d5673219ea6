package org.pulseguard.bench;

import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.simulator.control.SimulatorControl;
import org.pulseguard.transport.ByteTransport;
import org.pulseguard.transport.SerialSettings;
import org.pulseguard.transport.TransportException;

/**
 * Wraps a transport: mutes the simulated unit just before an ARM frame goes out (so the ARM retries
 * against a silent unit) and records when the first STANDBY frame after a mark finished being written.
 */
final class MutingTransport implements ByteTransport {
    private final ByteTransport inner;
    private volatile SimulatorControl control;
    private final java.util.concurrent.atomic.AtomicLong firstStandbyWrittenNanos = new java.util.concurrent.atomic.AtomicLong();

    MutingTransport(ByteTransport inner) {
        this.inner = inner;
    }

    void muteOnArm(SimulatorControl unit) {
        this.control = unit;
    }

    private final java.util.concurrent.atomic.AtomicLong armsWritten = new java.util.concurrent.atomic.AtomicLong();

    /** ARM frames written so far. */
    long armsWritten() {
        return armsWritten.get();
    }

    /** Forgets the STANDBY frames written so far. */
    void watchForStandby() {
        firstStandbyWrittenNanos.set(0);
    }

    /** When the first STANDBY frame since {@link #watchForStandby()} finished being written (0: none yet). */
    long firstStandbyWrittenNanos() {
        return firstStandbyWrittenNanos.get();
    }

    @Override
    public void write(byte[] data) throws TransportException {
        int type = data.length > 4 ? data[4] & 0xFF : -1;
        SimulatorControl unit = control;
        if (type == MessageType.ARM.code() && unit != null) {
            unit.mute();
            armsWritten.incrementAndGet();
        }
        inner.write(data);
        if (type == MessageType.STANDBY.code()) {
            firstStandbyWrittenNanos.compareAndSet(0, System.nanoTime());
        }
    }

    @Override public void open() throws TransportException { inner.open(); }
    @Override public int read(byte[] buffer) throws TransportException { return inner.read(buffer); }
    @Override public boolean isOpen() { return inner.isOpen(); }
    @Override public int pollMillis() { return inner.pollMillis(); }
    @Override public SerialSettings settings() { return inner.settings(); }
    @Override public String describe() { return inner.describe(); }
    @Override public void close() { inner.close(); }
}
