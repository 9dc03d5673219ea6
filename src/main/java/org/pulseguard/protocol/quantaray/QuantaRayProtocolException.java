package org.pulseguard.protocol.quantaray;

/**
 * Content that breaks the Quanta-Ray INDI/PRO/LAB dialect (docs/protocol/quantaray.md): a value
 * outside its range, a reply line that is not the documented number or word. Unchecked; thrown by
 * record constructors and caught by the codecs, which turn it into a typed result.
 */
public final class QuantaRayProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what was wrong, naming the field and value */
    public QuantaRayProtocolException(String message) {
        super(message);
    }
}
