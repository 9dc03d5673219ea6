package org.pulseguard.simulator.endpoint;

import java.util.Objects;
import org.pulseguard.transport.SerialPortTransport;
import org.pulseguard.transport.SerialSettings;
import org.pulseguard.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated unit on a real serial port (for example a USB adapter cabled to the controller's
 * port with a null modem), through the controller's own {@link SerialPortTransport}. When the port
 * is lost (adapter unplugged) reads return 0 and writes fail until {@link #open()} succeeds again.
 *
 * <p>Thread-safe: one reader and one writer thread, plus open, cut and close from any thread.
 */
public final class SerialEndpoint implements DeviceEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(SerialEndpoint.class);

    private final String path;
    private final SerialPortTransport transport;
    private volatile boolean up;
    private volatile boolean closed;
    private volatile long generation;

    /** @param path the port, for example {@code /dev/ttyUSB1}; @param settings the line settings */
    public SerialEndpoint(String path, SerialSettings settings) {
        this.path = Objects.requireNonNull(path, "path");
        this.transport = new SerialPortTransport(path, Objects.requireNonNull(settings, "settings"));
    }

    @Override
    public synchronized void open() throws EndpointException {
        if (closed) {
            throw new EndpointException("serial endpoint " + path + " is closed", false);
        }
        if (up) {
            return;
        }
        try {
            transport.open();
        } catch (TransportException e) {
            EndpointException.Kind kind = e.openFailure().map(why -> why.addressIsWrong() ? EndpointException.Kind.BAD_ADDRESS
                    : EndpointException.Kind.FAILED).orElse(EndpointException.Kind.FAILED);
            throw new EndpointException(kind, "cannot serve on " + e.getMessage(), true, e);
        }
        up = true;
        generation++;
        LOG.info("simulator on serial port {}", transport.describe());
    }

    @Override
    public int read(byte[] buffer) throws EndpointException {
        if (closed) {
            throw new EndpointException("serial endpoint " + path + " is closed", false);
        }
        if (!up) {
            pause(transport.pollMillis());
            return 0;
        }
        try {
            return transport.read(buffer);
        } catch (TransportException e) {
            up = false;
            LOG.warn("simulator serial port {} lost: {}", path, e.getMessage());
            return 0;
        }
    }

    @Override
    public void write(byte[] data) throws EndpointException {
        if (!up) {
            throw new EndpointException("serial endpoint " + path + " is down", !closed);
        }
        try {
            transport.write(data);
        } catch (TransportException e) {
            up = false;
            throw new EndpointException("write to serial port " + path + " failed: " + e.getMessage(), true, e);
        }
    }

    @Override
    public synchronized void cut() {
        up = false;
        transport.close();
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
        return transport.describe() + (closed ? " (closed)" : up ? "" : " (down)");
    }

    @Override
    public synchronized void close() {
        closed = true;
        cut();
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
