package org.pulseguard.protocol.reference;

/**
 * Converts between {@link ReferenceMessage}s and {@link Frame}s. Pure functions, no I/O,
 * thread-safe.
 */
public final class ReferenceCodec {
    private ReferenceCodec() {}

    /** Returns the frame carrying {@code message} with sequence number {@code sequence} (0..255). */
    public static Frame encode(int sequence, ReferenceMessage message) {
        PayloadWriter out = new PayloadWriter();
        message.writePayload(out);
        return new Frame(sequence, message.type().code(), out.toBytes());
    }

    /** Returns the wire bytes of {@code message} with sequence number {@code sequence}. */
    public static byte[] encodeToBytes(int sequence, ReferenceMessage message) {
        return encode(sequence, message).toBytes();
    }

    /** Decodes a CRC-valid frame; never throws, never returns null. */
    public static DecodeResult decode(Frame frame) {
        try {
            MessageType type = MessageType.fromCode(frame.type());
            return new DecodeResult.Decoded(frame.sequence(), type.read(frame.payload()));
        } catch (ProtocolException e) {
            return new DecodeResult.Malformed(frame.sequence(), frame.type(), e.getMessage());
        }
    }
}
