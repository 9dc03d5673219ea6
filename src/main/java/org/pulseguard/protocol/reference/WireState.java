package org.pulseguard.protocol.reference;

/** Device state codes on the wire (docs/protocol/reference-laser.md section 5.3). */
public enum WireState {
    OFF(0), WARM_UP(1), STANDBY(2), READY(3), EMISSION(4);

    private final int code;

    WireState(int code) {
        this.code = code;
    }

    /** The u8 sent on the wire. */
    public int code() {
        return code;
    }

    /** Returns the state for {@code code}, or throws {@link ProtocolException} for an unknown code. */
    public static WireState fromCode(int code) {
        for (WireState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new ProtocolException("unknown state code " + code);
    }
}
