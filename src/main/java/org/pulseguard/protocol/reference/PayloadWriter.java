package org.pulseguard.protocol.reference;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes big-endian unsigned fields into a payload. Not thread-safe. */
public final class PayloadWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(Frame.MAX_PAYLOAD);

    PayloadWriter u8(int v) {
        out.write(v);
        return this;
    }

    PayloadWriter u16(int v) {
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    PayloadWriter u32(long v) {
        out.write((int) (v >>> 24));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 8));
        out.write((int) v);
        return this;
    }

    PayloadWriter string(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
        out.write(bytes.length);
        out.write(bytes, 0, bytes.length);
        return this;
    }

    byte[] toBytes() {
        return out.toByteArray();
    }
}
