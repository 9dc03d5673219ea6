package org.pulseguard.journal;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random session ids: 32 lower-case hex digits (128 bits), unguessable and never reused. Thread-safe. */
final class SessionIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionIds() {
    }

    static String next() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
