package org.pulseguard.simulator.endpoint;

/**
 * A failure of a simulator endpoint, translated from the low-level cause (errno, socket, serial
 * port). {@link #recoverable()} says whether opening the endpoint again may help.
 */
public final class EndpointException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean recoverable;

    /** @param message names the endpoint and what failed; @param recoverable whether a retry may help */
    public EndpointException(String message, boolean recoverable) {
        super(message);
        this.recoverable = recoverable;
    }

    /** @param message names the endpoint; @param recoverable whether a retry may help; @param cause the low-level error */
    public EndpointException(String message, boolean recoverable, Throwable cause) {
        super(message, cause);
        this.recoverable = recoverable;
    }

    /** Whether opening the endpoint again may help (false after close, or for a bad path). */
    public boolean recoverable() {
        return recoverable;
    }
}
