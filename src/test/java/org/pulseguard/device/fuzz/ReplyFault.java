package org.pulseguard.device.fuzz;

/**
 * What the fuzzer does to one transmission of the unit. {@link #silent()} faults send nothing a
 * driver could read as a reply; the others send bytes that arrived but are wrong, which a driver
 * must never report as "no reply" when every attempt meets one.
 */
public enum ReplyFault {
    /** Sent as the unit sent it. */
    NONE(false),
    /** Never sent. */
    DROP(true),
    /** Replaced by random bytes. */
    GARBAGE(false),
    /** One byte with a bit flipped (see {@link ReplyFuzzer} for which bits a dialect can detect). */
    FLIP(false),
    /** Cut short. */
    SHORT(false),
    /** Random bytes appended. */
    LONG(false),
    /** Sent twice. */
    DUPLICATE(false),
    /** Sent one byte at a time. */
    BYTE_BY_BYTE(false),
    /** The first part sent, then a pause past the command timeout, then the rest. */
    STALL(false),
    /** Printable bytes that never end a line, instead of the reply. */
    ENDLESS_LINE(false),
    /** Kilobytes of random bytes, then the reply. */
    FLOOD(false);

    private final boolean silent;

    ReplyFault(boolean silent) {
        this.silent = silent;
    }

    /** True when no byte reaches the host. */
    public boolean silent() {
        return silent;
    }
}
