package org.pulseguard.simulator.endpoint;

/**
 * A failure of a simulator endpoint, translated from the low-level cause (errno, socket, serial
 * port). {@link #recoverable()} says whether opening the endpoint again may help.
 */
public final class EndpointException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of failure, so that a person is told whether to change what they typed. */
    public enum Kind {
        /** The path or port given cannot work (no such folder, not writable, an existing file, out of range). */
        BAD_ADDRESS,
        /** The address is held by someone else: another simulator on the pty path, a program on the TCP port. */
        IN_USE,
        /** Anything else: the endpoint failed while opening or in use. */
        FAILED
    }

    private final boolean recoverable;
    private final Kind kind;

    /** @param message names the endpoint and what failed; @param recoverable whether a retry may help */
    public EndpointException(String message, boolean recoverable) {
        this(Kind.FAILED, message, recoverable, null);
    }

    /** @param message names the endpoint; @param recoverable whether a retry may help; @param cause the low-level error */
    public EndpointException(String message, boolean recoverable, Throwable cause) {
        this(Kind.FAILED, message, recoverable, cause);
    }

    /**
     * @param kind what kind of failure
     * @param message names the endpoint and what failed, with no exception class names
     * @param recoverable whether a retry may help
     * @param cause the low-level error, or null
     */
    public EndpointException(Kind kind, String message, boolean recoverable, Throwable cause) {
        super(message, cause);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        this.recoverable = recoverable;
    }

    /** What kind of failure. */
    public Kind kind() {
        return kind;
    }

    /** Whether opening the endpoint again may help (false after close, or for a bad path). */
    public boolean recoverable() {
        return recoverable;
    }
}
