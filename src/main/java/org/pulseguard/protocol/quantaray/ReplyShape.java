package org.pulseguard.protocol.quantaray;

/**
 * How many lines a Quanta-Ray command is answered with (docs/references.md#quantaray-place-driver
 * command table;
 * docs/protocol/quantaray.md section 3). A host must not wait for a reply to a {@link #NONE}
 * command: the unit sends nothing.
 */
public enum ReplyShape {
    /** No reply at all (set and action commands). */
    NONE,
    /** One line. */
    LINE,
    /** Exactly five lines ({@code HELP}). */
    FIVE_LINES,
    /**
     * {@code READ:HIST?}: a header {@code <count> <now_s>}; when count is above 0, that many
     * {@code <code> <time_s>} lines and the end line {@code 0 0}.
     */
    HISTORY;

    /** True if the unit answers at all. */
    public boolean expectsReply() {
        return this != NONE;
    }
}
