package org.pulseguard.simulator.link;

/**
 * The device side of one text dialect (Big Sky, Quanta-Ray) as the {@link LineProtocolServer}
 * drives it: cuts received bytes into command lines with the dialect's own splitter, executes each
 * on the unit and hands any reply bytes to the {@link LineExchange}.
 *
 * <p>Not thread-safe: only the server's reader thread calls it.
 */
public interface LineDialect {

    /** Feeds {@code count} received bytes of {@code data}; each completed line is reported and answered through {@code exchange}. */
    void feed(byte[] data, int count, LineExchange exchange);

    /** Forgets a partial line (a new peer may have attached, the unit was muted, unmuted or rebooted). */
    void reset();
}
