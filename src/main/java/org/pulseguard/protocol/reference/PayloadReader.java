package org.pulseguard.protocol.reference;

import java.nio.charset.StandardCharsets;

/** Reads big-endian unsigned fields from a payload, failing with {@link ProtocolException}. Not thread-safe. */
public final class PayloadReader {
    private final byte[] payload;
    private int position;

    PayloadReader(byte[] payload) {
        this.payload = payload;
    }

    int u8(String field) {
        need(1, field);
        return payload[position++] & 0xFF;
    }

    int u16(String field) {
        need(2, field);
        int v = ((payload[position] & 0xFF) << 8) | (payload[position + 1] & 0xFF);
        position += 2;
        return v;
    }

    long u32(String field) {
        need(4, field);
        long v = ((long) (payload[position] & 0xFF) << 24) | ((payload[position + 1] & 0xFF) << 16)
                | ((payload[position + 2] & 0xFF) << 8) | (payload[position + 3] & 0xFF);
        position += 4;
        return v;
    }

    String string(String field) {
        int length = u8(field + ".length");
        if (length > ReferenceMessage.MAX_STRING) {
            throw new ProtocolException(field + " length " + length + " exceeds " + ReferenceMessage.MAX_STRING);
        }
        need(length, field);
        for (int i = position; i < position + length; i++) {
            if (payload[i] < 0x20 || payload[i] > 0x7E) {
                throw new ProtocolException(field + " holds a non-printable byte");
            }
        }
        String s = new String(payload, position, length, StandardCharsets.US_ASCII);
        position += length;
        return s;
    }

    void end(String message) {
        if (position != payload.length) {
            throw new ProtocolException(message + " payload has " + (payload.length - position) + " extra bytes");
        }
    }

    private void need(int count, String field) {
        if (position + count > payload.length) {
            throw new ProtocolException("payload too short for " + field);
        }
    }
}
