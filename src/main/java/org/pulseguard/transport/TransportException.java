package org.pulseguard.transport;

/**
 * A failure of the byte link, with what kind of failure it was. Low-level exceptions (jSerialComm,
 * sockets) are translated into this at the transport boundary.
 */
public final class TransportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The port could not be opened; {@link #openFailure()} says why. */
        OPEN_FAILED,
        /** The other side disappeared; the link must be re-opened. */
        LINK_LOST,
        /** A write did not go out in full. */
        WRITE_FAILED,
        /** The transport was closed by its owner. */
        CLOSED
    }

    private final Kind kind;
    private final OpenFailure openFailure;

    /** @param kind what went wrong; @param message names the port and the cause */
    public TransportException(Kind kind, String message) {
        super(message);
        this.kind = kind;
        this.openFailure = null;
    }

    /** @param kind what went wrong; @param message names the port; @param cause the low-level exception */
    public TransportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.openFailure = null;
    }

    private TransportException(OpenFailure why, String message, Throwable cause) {
        super(message, cause);
        this.kind = Kind.OPEN_FAILED;
        this.openFailure = why;
    }

    /**
     * An {@link Kind#OPEN_FAILED} failure with its classified reason.
     *
     * @param address the port as the person gave it
     * @param why the reason; the message is {@code address + " " + why.description()} plus {@code detail}
     * @param detail extra facts (an error code), or empty
     */
    public static TransportException openFailed(String address, OpenFailure why, String detail, Throwable cause) {
        return new TransportException(why, address + " " + why.description() + (detail.isEmpty() ? "" : " (" + detail + ")"),
                cause);
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** Why the port could not be opened; present only for classified {@link Kind#OPEN_FAILED} failures. */
    public java.util.Optional<OpenFailure> openFailure() {
        return java.util.Optional.ofNullable(openFailure);
    }
}
