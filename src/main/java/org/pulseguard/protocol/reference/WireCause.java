package org.pulseguard.protocol.reference;

/** Causes of a state change on the wire (docs/protocol/reference-laser.md section 5.3). */
public enum WireCause {
    POWER(0), WARM_UP_COMPLETE(1), HOST_COMMAND(2), FOOTSWITCH(3), WATCHDOG(4), INTERLOCK(5), FAULT(6),
    EMERGENCY_STOP(7);

    private final int code;

    WireCause(int code) {
        this.code = code;
    }

    /** The u8 sent on the wire. */
    public int code() {
        return code;
    }

    /** Returns the cause for {@code code}, or throws {@link ProtocolException} for an unknown code. */
    public static WireCause fromCode(int code) {
        for (WireCause c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new ProtocolException("unknown state-change cause " + code);
    }
}
