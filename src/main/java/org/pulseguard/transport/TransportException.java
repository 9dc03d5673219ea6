package org.pulseguard.transport;

/**
 * A failure of the byte link, with what kind of failure it was. Low-level exceptions (jSerialComm,
 * sockets) are translated into this at the transport boundary.
 */
public final class TransportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The port could not be opened (missing, busy, no permission). */
        OPEN_FAILED,
        /** The other side disappeared; the link must be re-opened. */
        LINK_LOST,
        /** A write did not go out in full. */
        WRITE_FAILED,
        /** The transport was closed by its owner. */
        CLOSED
    }

    private final Kind kind;

    /** @param kind what went wrong; @param message names the port and the cause */
    public TransportException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** @param kind what went wrong; @param message names the port; @param cause the low-level exception */
    public TransportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }
}
