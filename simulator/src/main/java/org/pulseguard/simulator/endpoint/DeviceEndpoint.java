package org.pulseguard.simulator.endpoint;

/**
 * The device side of a byte link: where the simulated unit's RS-232 port is plugged in (a
 * pseudo-terminal, a TCP port, a real serial port). Knows bytes only.
 *
 * <p>Life cycle: {@link #open()} creates the device side; {@link #cut()} takes it away as a broken
 * cable would (the peer reads end of file) until {@link #open()} is called again; {@link #close()}
 * ends it for good. One reader thread calls {@link #read}, one writer thread calls {@link #write};
 * implementations make {@link #cut()}, {@link #open()} and {@link #close()} safe against both.
 */
public interface DeviceEndpoint extends AutoCloseable {

    /** Creates (or, after {@link #cut()}, re-creates) the device side; a no-op when it is up. */
    void open() throws EndpointException;

    /**
     * Reads what the peer sent, waiting about 100 ms at most.
     *
     * @return the number of bytes read; 0 when nothing came, no peer is attached or the link is cut
     * @throws EndpointException only after {@link #close()}
     */
    int read(byte[] buffer) throws EndpointException;

    /**
     * Writes all of {@code data}. With no peer attached the bytes are lost, as on a line nobody
     * listens to.
     *
     * @throws EndpointException when the link is cut or closed, or the write failed
     */
    void write(byte[] data) throws EndpointException;

    /** Breaks the link: the peer sees end of file; nothing is sent or received until {@link #open()}. */
    void cut();

    /** True between {@link #open()} and {@link #cut()} or {@link #close()}. */
    boolean isUp();

    /**
     * Grows by one each time a new peer may have attached (the endpoint was (re)opened, a TCP client
     * connected), so the reader knows to forget half-received frames.
     */
    long peerGeneration();

    /** Human-readable description, for example {@code pty:./laser0 -> /dev/pts/3}; no personal data. */
    String describe();

    /** Ends the endpoint for good; idempotent, never throws. */
    @Override
    void close();
}
