package org.pulseguard.transport;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.util.Objects;

/**
 * A serial port or pseudo-terminal through jSerialComm, the only class of pulseguard's controller
 * that touches jSerialComm's port I/O.
 *
 * <p>Measured behaviour this class is built on (over Linux pseudo-terminals, kept as
 * SerialPortTransportPtyTest; docs/references.md#jserialcomm):
 * reads are SEMI_BLOCKING with a 100 ms timeout (the Linux VTIME granularity); when the other side
 * disappears {@code readBytes} returns -1 while {@code isOpen()} stays true and {@code writeBytes}
 * returns 0, so both are turned into {@link TransportException.Kind#LINK_LOST}; no event listener
 * is used (its disconnect event spins a core); every {@link #open()} calls
 * {@code SerialPort.getCommPort(path)} again because a pty or udev link may point elsewhere after a
 * restart; buffered stale bytes are flushed on open.
 *
 * <p>One reader thread and any number of writer threads; writes are serialised.
 */
public final class SerialPortTransport implements ByteTransport {
    private static final int READ_TIMEOUT_MILLIS = 100;

    private final String path;
    private final SerialSettings settings;
    private final Object writeLock = new Object();
    private volatile SerialPort port;
    private volatile boolean open;

    /**
     * @param path device path or link, for example {@code /dev/ttyUSB0} or {@code ./laser0}; must not be null
     * @param settings line settings; must not be null
     */
    public SerialPortTransport(String path, SerialSettings settings) {
        this.path = Objects.requireNonNull(path, "path");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void open() throws TransportException {
        close();
        SerialPort candidate;
        try {
            candidate = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw TransportException.openFailed("serial port " + path, SerialPortProblems.classify(path), "", e);
        }
        candidate.setComPortParameters(settings.baud(), settings.dataBits(), stopBits(), parity());
        candidate.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        candidate.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_TIMEOUT_MILLIS, 1000);
        if (!candidate.openPort()) {
            throw TransportException.openFailed("serial port " + path, SerialPortProblems.classify(path),
                    "error " + candidate.getLastErrorCode(), null);
        }
        candidate.flushIOBuffers();
        port = candidate;
        open = true;
    }

    @Override
    public int read(byte[] buffer) throws TransportException {
        SerialPort p = requireOpen();
        int n = p.readBytes(buffer, buffer.length);
        if (n < 0) {
            open = false;
            throw new TransportException(TransportException.Kind.LINK_LOST,
                    "serial port " + path + " lost (read returned -1, error " + p.getLastErrorCode() + ")");
        }
        return n;
    }

    @Override
    public void write(byte[] data) throws TransportException {
        synchronized (writeLock) {
            SerialPort p = requireOpen();
            int written = p.writeBytes(data, data.length);
            if (written != data.length) {
                open = false;
                throw new TransportException(TransportException.Kind.LINK_LOST, "serial port " + path
                        + " lost (wrote " + written + " of " + data.length + " bytes, error " + p.getLastErrorCode() + ")");
            }
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public int pollMillis() {
        return READ_TIMEOUT_MILLIS;
    }

    @Override
    public SerialSettings settings() {
        return settings;
    }

    @Override
    public String describe() {
        return "serial:" + path + " " + settings;
    }

    @Override
    public void close() {
        open = false;
        SerialPort p = port;
        port = null;
        if (p != null) {
            p.closePort();
        }
    }

    private SerialPort requireOpen() throws TransportException {
        SerialPort p = port;
        if (p == null) {
            throw new TransportException(TransportException.Kind.CLOSED, "serial port " + path + " is closed");
        }
        if (!open) {
            throw new TransportException(TransportException.Kind.LINK_LOST, "serial port " + path + " was lost; reopen it");
        }
        return p;
    }

    private int stopBits() {
        return settings.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT;
    }

    private int parity() {
        return switch (settings.parity()) {
            case 'E' -> SerialPort.EVEN_PARITY;
            case 'O' -> SerialPort.ODD_PARITY;
            default -> SerialPort.NO_PARITY;
        };
    }
}
