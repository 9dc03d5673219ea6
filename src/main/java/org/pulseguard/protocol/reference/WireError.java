package org.pulseguard.protocol.reference;

/** Reasons a device refuses a request (REFUSED, docs/protocol/reference-laser.md section 5.3). */
public enum WireError {
    WRONG_STATE(1), OUT_OF_RANGE(2), INTERLOCK_OPEN(3), FAULT_LATCHED(4), FOOTSWITCH_PRESSED(5),
    UNKNOWN_COMMAND(6), BAD_PAYLOAD(7), OFF_STEP(8);

    private final int code;

    WireError(int code) {
        this.code = code;
    }

    /** The u8 sent on the wire. */
    public int code() {
        return code;
    }

    /** Returns the error for {@code code}, or throws {@link ProtocolException} for an unknown code. */
    public static WireError fromCode(int code) {
        for (WireError e : values()) {
            if (e.code == code) {
                return e;
            }
        }
        throw new ProtocolException("unknown refusal code " + code);
    }
}
