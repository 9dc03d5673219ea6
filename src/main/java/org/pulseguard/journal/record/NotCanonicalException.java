package org.pulseguard.journal.record;

/** Stored record bytes that are not the journal's canonical JSON; the message says what is wrong. */
public final class NotCanonicalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param reason what is wrong with the bytes */
    public NotCanonicalException(String reason) {
        super(reason);
    }
}
