package org.pulseguard.protocol.bigsky;

/**
 * The lamp or Q-switch state in a {@code WOR} status word: the field value modulo 4
 * (docs/references.md#bigsky-drivers). Code 3 is not defined and is refused when decoding.
 */
public enum FiringState {
    STOP(0), SINGLE(1), START(2);

    private final int code;

    FiringState(int code) {
        this.code = code;
    }

    /** The code, 0..2; the wire digit adds 4 when the external trigger is selected. */
    public int code() {
        return code;
    }

    /** The state for {@code code} 0..2, or {@link BigSkyProtocolException}. */
    static FiringState fromCode(int code) {
        for (FiringState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new BigSkyProtocolException("firing state code " + code + " is not defined");
    }
}
