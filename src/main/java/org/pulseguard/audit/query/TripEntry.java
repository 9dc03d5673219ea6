package org.pulseguard.audit.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code TRIP} or {@code EMERGENCY_STOP} record of a session.
 *
 * @param index leaf index
 * @param time when
 * @param kind {@code TRIP} or {@code EMERGENCY_STOP}
 * @param reason the supervisor's reason code
 * @param from the state it left
 * @param to the state it latched in
 * @param fault the unit's latched fault, or null
 * @param by {@code OPERATOR} or {@code UNIT} for an emergency stop, else null
 * @param openInterlocks names of the interlocks open, empty when none were reported
 * @param detail the supervisor's sentence
 */
public record TripEntry(long index, Instant time, String kind, String reason, String from, String to, String fault, String by,
                        List<String> openInterlocks, String detail) {
    /** Copies the list. */
    public TripEntry {
        openInterlocks = List.copyOf(openInterlocks);
    }

    static TripEntry of(StoredRecord r) {
        List<String> open = new ArrayList<>();
        r.fields().path("openInterlocks").forEach(n -> open.add(n.asText()));
        return new TripEntry(r.index(), r.time(), r.kind(), r.text("reason"), r.text("from"), r.text("to"), r.text("fault"),
                r.text("by"), open, r.text("detail"));
    }
}
