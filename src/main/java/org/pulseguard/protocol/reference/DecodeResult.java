package org.pulseguard.protocol.reference;

/** The outcome of decoding a CRC-valid frame: a typed message or a typed error, never null. */
public sealed interface DecodeResult {

    /** The frame's sequence number. */
    int sequence();

    /** A well-formed message. */
    record Decoded(int sequence, ReferenceMessage message) implements DecodeResult {}

    /**
     * A frame with a valid CRC whose content breaks the protocol.
     *
     * @param type the type byte as received
     * @param reason what was wrong, naming the field
     */
    record Malformed(int sequence, int type, String reason) implements DecodeResult {}
}
