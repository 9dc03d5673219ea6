package org.pulseguard.protocol.reference;

import java.util.Map;

/**
 * 0x7F NAK: {@code u8 reason} (1 = CRC_MISMATCH), sent by either side for a frame that failed its CRC
 * (docs/protocol/reference-laser.md section 5.4).
 */
public record Nak(int reason) implements ReferenceMessage {
    /** The only reason defined: the received frame failed its CRC. */
    public static final int CRC_MISMATCH = 1;

    public Nak {
        if (reason != CRC_MISMATCH) {
            throw new ProtocolException("unknown NAK reason " + reason);
        }
    }

    @Override public MessageType type() { return MessageType.NAK; }
    @Override public void writePayload(PayloadWriter out) { out.u8(reason); }
    @Override public Map<String, Object> fields() { return Fields.map("reason", reason); }
}
