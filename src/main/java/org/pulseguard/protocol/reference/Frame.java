package org.pulseguard.protocol.reference;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One frame of the reference laser protocol (docs/protocol/reference-laser.md section 2):
 * {@code A5 5A LEN SEQ TYPE PAYLOAD CRC_H CRC_L}. Immutable; the payload is copied in and out.
 *
 * @param sequence 0..255
 * @param type message type byte, 0..255
 * @param payload 0..64 bytes
 */
public record Frame(int sequence, int type, byte[] payload) {
    /** First sync byte. */
    public static final int SYNC_1 = 0xA5;
    /** Second sync byte. */
    public static final int SYNC_2 = 0x5A;
    /** Largest payload a frame may carry. */
    public static final int MAX_PAYLOAD = 64;
    /** Sync (2), LEN, SEQ, TYPE and CRC (2). */
    public static final int OVERHEAD = 7;

    public Frame {
        if (sequence < 0 || sequence > 255) {
            throw new IllegalArgumentException("sequence " + sequence + " outside 0..255");
        }
        if (type < 0 || type > 255) {
            throw new IllegalArgumentException("type " + type + " outside 0..255");
        }
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** Returns the frame's bytes on the wire, CRC included. */
    public byte[] toBytes() {
        byte[] out = new byte[OVERHEAD + payload.length];
        out[0] = (byte) SYNC_1;
        out[1] = (byte) SYNC_2;
        out[2] = (byte) payload.length;
        out[3] = (byte) sequence;
        out[4] = (byte) type;
        System.arraycopy(payload, 0, out, 5, payload.length);
        int crc = Crc16Ccitt.compute(out, 2, 3 + payload.length);
        out[out.length - 2] = (byte) (crc >>> 8);
        out[out.length - 1] = (byte) crc;
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Frame f
                && f.sequence == sequence
                && f.type == type
                && Arrays.equals(f.payload, payload);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * sequence + type) + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return String.format("Frame[seq=%d, type=0x%02X, payload=%s]", sequence, type, HexFormat.of().formatHex(payload));
    }
}
