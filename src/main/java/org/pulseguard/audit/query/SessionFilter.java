package org.pulseguard.audit.query;

/**
 * Which sessions {@code audit sessions} lists: by client token, unit serial and the time the
 * session opened; a null field does not filter. Immutable.
 *
 * @param clientToken the client's token (the CLI resolves a pseudonym to it), or null
 * @param unitSerial the unit's serial number, or null
 * @param opened the window the session's {@code SESSION_OPENED} time lies in
 */
public record SessionFilter(String clientToken, String unitSerial, TimeWindow opened) {
    /** Every session. */
    public static final SessionFilter ALL = new SessionFilter(null, null, TimeWindow.ALL);

    /** Requires a window. */
    public SessionFilter {
        java.util.Objects.requireNonNull(opened, "opened");
    }
}
