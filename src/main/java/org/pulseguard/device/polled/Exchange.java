package org.pulseguard.device.polled;

import java.util.Optional;

/**
 * One request to a polled unit and how to read its reply, for {@link ExchangeLink#exchange}. The
 * request's bytes are the same on every attempt.
 *
 * @param <R> the type of the reply's value
 */
public interface Exchange<R> {

    /** The request as it appears in logs and errors, for example {@code >V920}; no personal data. */
    String describe();

    /** The bytes of every attempt. */
    byte[] bytes();

    /**
     * Starts reading a fresh reply, just before the bytes go out. Called with the link's inbound
     * lock held, so the attempt never sees bytes that came before it.
     */
    Attempt<R> begin();

    /**
     * One attempt's reply being read. Called only with the link's inbound lock held (on the reader
     * thread for {@link #feed}, on the waiting thread for {@link #expire}); not thread-safe itself.
     *
     * @param <R> the type of the reply's value
     */
    interface Attempt<R> {

        /** Takes the bytes read; returns the result once the reply is complete, empty before. */
        Optional<AttemptResult<R>> feed(byte[] data, int offset, int count);

        /** The reply deadline passed before the reply was complete. */
        AttemptResult<R> expire();
    }
}
