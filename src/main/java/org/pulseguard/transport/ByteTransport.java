package org.pulseguard.transport;

/**
 * A byte pipe to one laser unit: a serial port (or pseudo-terminal) through jSerialComm, or a TCP
 * connection to a serial device server or the simulator. Knows bytes only, nothing of frames.
 *
 * <p>One thread reads and any thread may write; implementations make {@link #write} safe against
 * concurrent writers and {@link #close()} idempotent.
 */
public interface ByteTransport extends AutoCloseable {

    /**
     * Opens the link, looking the port up again by its configured name (a pty or udev link may
     * point elsewhere after a restart). Opening an open transport closes it first.
     */
    void open() throws TransportException;

    /**
     * Reads what has arrived into {@code buffer}, waiting at most about {@link #pollMillis()} ms
     * for the first byte.
     *
     * @return the number of bytes read, 0 when nothing arrived in time
     * @throws TransportException with {@link TransportException.Kind#LINK_LOST} when the other side is
     *     gone (a pty master closed, a socket reset, a USB adapter unplugged), or
     *     {@link TransportException.Kind#CLOSED} after {@link #close()}
     */
    int read(byte[] buffer) throws TransportException;

    /** Writes all of {@code data} or throws; never writes part of it silently. */
    void write(byte[] data) throws TransportException;

    /** True between a successful {@link #open()} and {@link #close()} or a detected link loss. */
    boolean isOpen();

    /** How long {@link #read} waits for a first byte, in milliseconds. */
    int pollMillis();

    /** The settings in force, used by callers to compute wire time. */
    SerialSettings settings();

    /** Human-readable name, for example {@code serial:/tmp/laser0 115200 8N1}; no personal data. */
    String describe();

    /** Closes the link; idempotent, never throws. */
    @Override
    void close();
}
