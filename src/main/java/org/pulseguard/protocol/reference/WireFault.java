package org.pulseguard.protocol.reference;

/** Latched fault codes on the wire (docs/protocol/reference-laser.md section 5.3). */
public enum WireFault {
    NONE(0), WATCHDOG_EXPIRED(1), EMERGENCY_STOP(2), INTERLOCK_OPENED(3), OVER_TEMPERATURE(4),
    ENERGY_MONITOR(5), WATER_FLOW(6), INTERNAL(7);

    private final int code;

    WireFault(int code) {
        this.code = code;
    }

    /** The u8 sent on the wire. */
    public int code() {
        return code;
    }

    /** Returns the fault for {@code code}, or throws {@link ProtocolException} for an unknown code. */
    public static WireFault fromCode(int code) {
        for (WireFault f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        throw new ProtocolException("unknown fault code " + code);
    }
}
