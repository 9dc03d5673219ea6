package org.pulseguard.protocol.reference;

/**
 * A frame that passed its CRC but whose content breaks the protocol: an unknown type, a payload of
 * the wrong length, a value outside its field's range. Unchecked; the codec turns it into a
 * {@link DecodeResult.Malformed}.
 */
public final class ProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what was wrong, naming the field and value */
    public ProtocolException(String message) {
        super(message);
    }
}
