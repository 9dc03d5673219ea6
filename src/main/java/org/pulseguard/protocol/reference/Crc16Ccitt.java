package org.pulseguard.protocol.reference;

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR), the
 * frame check of the reference laser protocol (docs/protocol/reference-laser.md section 2).
 *
 * <p>Stateless and thread-safe.
 */
public final class Crc16Ccitt {
    private static final int[] TABLE = buildTable();

    private Crc16Ccitt() {}

    /** Returns the CRC of {@code length} bytes of {@code data} from {@code offset}, as 0..0xFFFF. */
    public static int compute(byte[] data, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ data[i]) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }

    private static int[] buildTable() {
        int[] table = new int[256];
        for (int b = 0; b < 256; b++) {
            int crc = b << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            table[b] = crc & 0xFFFF;
        }
        return table;
    }
}
