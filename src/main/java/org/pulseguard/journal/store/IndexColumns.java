package org.pulseguard.journal.store;

import java.util.Objects;

/**
 * The columns of a record that queries use, derived from its canonical JSON.
 *
 * @param kind the record kind (e.g. {@code SESSION_OPENED}, {@code PULSE})
 * @param timeMicros when it was recorded, microseconds since the epoch, UTC
 * @param sessionId the treatment session it belongs to, or null
 * @param clientToken the client's random token, or null
 * @param unitSerial the laser unit's serial number, or null
 */
public record IndexColumns(String kind, long timeMicros, String sessionId, String clientToken, String unitSerial) {
    /** Checks that the kind is present. */
    public IndexColumns {
        Objects.requireNonNull(kind, "kind");
    }
}
