package org.pulseguard.protocol.quantaray;

/**
 * The Quanta-Ray echo modes of {@code ECH <0..5>} (docs/references.md#quantaray-place-driver).
 * [inferred] Each
 * {@code ECH n} selects mode n alone and replaces the previous one; at power-up no mode is in
 * force ({@link #POWER_UP}): no prompt, no echo, no error lines, replies end in LF, which is what
 * PLACE relies on. The host codec supports {@link #POWER_UP}, {@link #ERROR_MESSAGES},
 * {@link #LINE_FEED_PER_COMMAND} (empty lines are skipped) and {@link #CRLF_ENDINGS}; prompts and
 * character echo are not read by the host codec, so the driver never selects them.
 */
public enum EchoMode {
    /** 0: show prompts. */
    PROMPTS(0),
    /** 1: echo characters as received. */
    ECHO_CHARACTERS(1),
    /** 2: show error messages, as one {@code ERROR <code> <text>} line. [format inferred] */
    ERROR_MESSAGES(2),
    /** 3: send a line feed for every command, including those with no reply. */
    LINE_FEED_PER_COMMAND(3),
    /** 4: end replies with CR LF instead of LF. */
    CRLF_ENDINGS(4),
    /** 5: XON/XOFF flow control for data sent to the laser. */
    XON_XOFF(5),
    /** No {@code ECH} since power-up. Not sendable. */
    POWER_UP(-1);

    private final int code;

    EchoMode(int code) {
        this.code = code;
    }

    /** The number sent with {@code ECH}, or -1 for {@link #POWER_UP}. */
    public int code() {
        return code;
    }

    /** The terminator the unit puts after each reply line in this mode. */
    public String lineEnding() {
        return this == CRLF_ENDINGS ? "\r\n" : "\n";
    }

    /** True if the unit answers a refused command with an error line in this mode. */
    public boolean showsErrors() {
        return this == ERROR_MESSAGES;
    }

    /** The mode for {@code ECH code}, 0..5, or {@link QuantaRayProtocolException}. */
    public static EchoMode fromCode(int code) {
        for (EchoMode mode : values()) {
            if (mode.code == code && code >= 0) {
                return mode;
            }
        }
        throw new QuantaRayProtocolException("echo mode " + code + " outside 0..5");
    }
}
