package org.pulseguard.simulator.link;

/**
 * How a {@link LineDialect} reports each line to its server and queues its answer. Called on the
 * reader thread only.
 */
public interface LineExchange {

    /**
     * A line ended: counted as a request and shown to listeners.
     *
     * @param line the printable text, or a bracketed description for a line that is not printable
     */
    void received(String line);

    /** The line was not a command ({@code reason} names what was wrong); counted as malformed. */
    void refused(String reason);

    /** Queues {@code bytes} as a reply, through the pending link faults. */
    void reply(byte[] bytes);
}
