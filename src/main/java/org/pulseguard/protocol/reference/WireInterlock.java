package org.pulseguard.protocol.reference;

import java.util.EnumSet;
import java.util.Set;

/**
 * Interlock bits on the wire (docs/protocol/reference-laser.md section 5.3); a set bit means the
 * interlock is open (not satisfied).
 */
public enum WireInterlock {
    KEY_SWITCH(0), REMOTE(1), COVER(2), WATER_FLOW(3), TEMPERATURE(4), EMERGENCY_STOP_BUTTON(5);

    /** Bits 6 and 7 are reserved and must be 0. */
    public static final int RESERVED_MASK = 0xC0;

    private final int bit;

    WireInterlock(int bit) {
        this.bit = bit;
    }

    /** The bit's mask. */
    public int mask() {
        return 1 << bit;
    }

    /** The set of open interlocks in {@code bits}; throws {@link ProtocolException} on reserved bits. */
    public static Set<WireInterlock> fromBits(int bits) {
        if ((bits & RESERVED_MASK) != 0 || bits < 0 || bits > 0xFF) {
            throw new ProtocolException(String.format("interlock bits 0x%02X use reserved bits", bits));
        }
        EnumSet<WireInterlock> open = EnumSet.noneOf(WireInterlock.class);
        for (WireInterlock i : values()) {
            if ((bits & i.mask()) != 0) {
                open.add(i);
            }
        }
        return open;
    }

    /** The bit field for {@code open}. */
    public static int toBits(Set<WireInterlock> open) {
        int bits = 0;
        for (WireInterlock i : open) {
            bits |= i.mask();
        }
        return bits;
    }
}
