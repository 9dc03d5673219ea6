package org.pulseguard.transport;

/**
 * Why a port could not be opened, classified where the failure happens (the transport), so that
 * the layers above can say what is wrong without guessing from a message. Each reason says whether
 * the address itself is wrong ({@link #addressIsWrong()}: the person must give another one) or the
 * address is right and the port or the far end failed (busy, refused, no answer).
 */
public enum OpenFailure {
    /** Nothing exists at the path. */
    NOT_FOUND(true, "does not exist"),
    /** The path is a symbolic link whose target does not exist (for example a simulator that was stopped). */
    DANGLING_LINK(true, "is a link to something that no longer exists"),
    /** The path exists but is a regular file or a directory, not a serial device. */
    NOT_A_DEVICE(true, "is not a serial device"),
    /** The device exists but this user may not read and write it. */
    NO_PERMISSION(false, "cannot be opened by this user (no permission)"),
    /** The device exists and is accessible but would not open (in use, or the driver refused). */
    DEVICE_REFUSED(false, "exists but would not open (in use by another program, or the driver refused)"),
    /** The host name does not resolve. */
    UNKNOWN_HOST(true, "names a host that does not resolve"),
    /** The host answered that nothing listens on that TCP port. */
    CONNECTION_REFUSED(false, "refused the connection (nothing listening on that port)"),
    /** The host did not answer the connection attempt in time, or is unreachable. */
    NO_ANSWER(false, "did not answer the connection attempt (unreachable, or a firewall)"),
    /** Any other I/O failure while connecting. */
    OTHER(false, "could not be opened");

    private final boolean addressIsWrong;
    private final String description;

    OpenFailure(boolean addressIsWrong, String description) {
        this.addressIsWrong = addressIsWrong;
        this.description = description;
    }

    /** True when the address names nothing usable (bad input), false when the port or far end failed. */
    public boolean addressIsWrong() {
        return addressIsWrong;
    }

    /** What happened, as the end of a sentence starting with the address. */
    public String description() {
        return description;
    }
}
