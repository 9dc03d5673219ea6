package org.pulseguard.journal.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pulseguard.journal.record.CanonicalJson;

/**
 * What the journal already holds about units and sessions, for the writer's side: the last
 * lifetime pulse counter on record for a unit (counter reconciliation) and the sessions opened but
 * never closed (recovery). Reads through the indexed columns. Thread-safe (the store is).
 */
public final class UnitHistory {
    private static final String UNIT_COUNTER_KINDS = "('UNIT_CONNECTED','COUNTER_RECONCILED','PULSE','PULSES_COUNTED')";
    private static final String PULSE_KINDS = "('PULSE','PULSES_COUNTED')";
    private final JournalStore store;

    public UnitHistory(JournalStore store) {
        this.store = store;
    }

    /**
     * The unit's lifetime counter as last journaled: the latest of its counter records (connect,
     * reconciliation, pulses outside a session) and the pulses of its latest session; empty when
     * the journal has never seen the unit.
     */
    public Optional<Long> lastLifetime(String unitSerial) throws JournalException {
        List<RecordRow> latest = store.select("leaf_index = (SELECT max(leaf_index) FROM records WHERE unit_serial = ? AND kind IN "
                + UNIT_COUNTER_KINDS + ")", unitSerial);
        List<RecordRow> sessions = store.select("leaf_index = (SELECT max(leaf_index) FROM records WHERE unit_serial = ?"
                + " AND kind = 'SESSION_OPENED')", unitSerial);
        List<RecordRow> candidates = new ArrayList<>(latest);
        if (!sessions.isEmpty()) {
            String session = sessions.get(0).columns().sessionId();
            candidates.addAll(store.select("leaf_index = (SELECT max(leaf_index) FROM records WHERE session_id = ? AND kind IN "
                    + PULSE_KINDS + ")", session));
        }
        RecordRow last = null;
        for (RecordRow row : candidates) {
            if (last == null || row.index() > last.index()) {
                last = row;
            }
        }
        return last == null ? Optional.empty() : Optional.of(lifetimeIn(CanonicalJson.parseCanonical(last.canonical())));
    }

    private static long lifetimeIn(JsonNode record) {
        for (String field : new String[] {"lifetime", "lastLifetime", "unitLifetime", "lifetimePulses"}) {
            if (record.path(field).isIntegralNumber()) {
                return record.get(field).longValue();
            }
        }
        throw new IllegalStateException("record " + record.path("index").asLong() + " (" + record.path("kind").asText()
                + ") holds no lifetime counter");
    }

    /** The SESSION_OPENED records of sessions with no SESSION_CLOSED record, in order. */
    public List<JsonNode> openSessions() throws JournalException {
        List<JsonNode> open = new ArrayList<>();
        for (RecordRow row : store.select("kind = 'SESSION_OPENED' AND NOT EXISTS (SELECT 1 FROM records c"
                + " WHERE c.session_id = records.session_id AND c.kind = 'SESSION_CLOSED')")) {
            open.add(CanonicalJson.parseCanonical(row.canonical()));
        }
        return open;
    }

    /** Every record of {@code session}, in order. */
    public List<JsonNode> sessionRecords(String session) throws JournalException {
        List<JsonNode> out = new ArrayList<>();
        for (RecordRow row : store.select("session_id = ?", session)) {
            out.add(CanonicalJson.parseCanonical(row.canonical()));
        }
        return out;
    }
}
