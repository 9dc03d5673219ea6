package org.pulseguard.protocol.bigsky;

/**
 * Content that breaks the Big Sky / CFR dialect (docs/protocol/bigsky.md): a value outside its
 * field, a reply whose fixed text does not match its template, a non-digit in a digit column.
 * Unchecked; thrown by record constructors and caught by the codecs, which turn it into a typed
 * result ({@link ReplyResult.Malformed}, {@link RequestResult.Rejected}).
 */
public final class BigSkyProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what was wrong, naming the field or column and the value */
    public BigSkyProtocolException(String message) {
        super(message);
    }
}
