package org.pulseguard.audit.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pulseguard.journal.record.RecordKind;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.RecordQueries;
import org.pulseguard.journal.store.RecordRow;

/**
 * {@code audit sessions} and {@code audit session ID}, answered from the indexed columns: the
 * sessions' open records through the client, unit or kind index, then their close, refusal and trip
 * records through the client index (section 3 puts the client token on each). A session's pulses
 * are never read: its totals are its {@code SESSION_CLOSED} record's. Not thread-safe (one per command).
 */
public final class SessionQueries {
    private final RecordQueries records;
    private final ClientDirectory clients;

    /** Over a journal's records and its clients' keys. */
    public SessionQueries(RecordQueries records, ClientDirectory clients) {
        this.records = Objects.requireNonNull(records, "records");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /** The sessions the filter selects, in the order they opened (leaf index). */
    public List<SessionSummary> sessions(SessionFilter filter) throws JournalException {
        Map<String, RecordRow> opens = opens(filter);
        if (opens.isEmpty()) {
            return List.of();
        }
        Map<String, Tally> tallies = tally(opens);
        List<SessionSummary> out = new ArrayList<>();
        for (Map.Entry<String, RecordRow> e : opens.entrySet()) {
            StoredRecord open = StoredRecord.of(e.getValue());
            Tally t = tallies.getOrDefault(e.getKey(), new Tally());
            String pseudonym = clients.personal(open).map(PersonalDetails::pseudonym).orElse(null);
            out.add(SessionSummary.of(open, t.close == null ? null : StoredRecord.of(t.close), t.refusals, t.trips, pseudonym));
        }
        return out;
    }

    /** The selected sessions' open records by session id, through the client, unit or kind index. */
    private Map<String, RecordRow> opens(SessionFilter filter) throws JournalException {
        List<String> opened = AuditKinds.of(RecordKind.SESSION_OPENED);
        TimeWindow w = filter.opened();
        List<RecordRow> rows;
        if (filter.clientToken() != null) {
            rows = records.byClient(filter.clientToken(), opened, w.fromMicros(), w.toMicros());
        } else if (filter.unitSerial() != null) {
            rows = records.byUnit(filter.unitSerial(), opened, w.fromMicros(), w.toMicros());
        } else {
            rows = records.byKinds(opened, w.fromMicros(), w.toMicros());
        }
        Map<String, RecordRow> bySession = new LinkedHashMap<>();
        for (RecordRow row : rows) {
            boolean unitMatches = filter.unitSerial() == null || filter.unitSerial().equals(row.columns().unitSerial());
            if (unitMatches && row.columns().sessionId() != null) {
                bySession.putIfAbsent(row.columns().sessionId(), row);
            }
        }
        return bySession;
    }

    /** A session's close record (or null) and its refusal and trip counts, from the indexed columns. */
    private static final class Tally {
        RecordRow close;
        long refusals;
        long trips;
    }

    private Map<String, Tally> tally(Map<String, RecordRow> opens) throws JournalException {
        List<String> wanted = new ArrayList<>(AuditKinds.REFUSALS);
        wanted.addAll(AuditKinds.TRIPS);
        wanted.add(RecordKind.SESSION_CLOSED.name());
        Map<String, Tally> tallies = new HashMap<>();
        for (RecordRow row : closesAndExceptions(opens, wanted)) {
            String kind = row.columns().kind();
            String session = row.columns().sessionId();
            if (!opens.containsKey(session)) {
                continue;
            }
            Tally t = tallies.computeIfAbsent(session, s -> new Tally());
            if (AuditKinds.REFUSALS.contains(kind)) {
                t.refusals++;
            } else if (AuditKinds.TRIPS.contains(kind)) {
                t.trips++;
            } else if (t.close == null) {
                t.close = row;
            }
        }
        return tallies;
    }

    /**
     * The sessions' close, refusal and trip records. docs/journal.md section 3 puts the client token
     * on each of them, so the client index finds them without walking the sessions' pulses; a
     * session opened without a client token is read through the session index.
     */
    private List<RecordRow> closesAndExceptions(Map<String, RecordRow> opens, List<String> kinds) throws JournalException {
        java.util.Set<String> tokens = new java.util.LinkedHashSet<>();
        List<String> withoutClient = new ArrayList<>();
        opens.forEach((session, row) -> {
            if (row.columns().clientToken() == null) {
                withoutClient.add(session);
            } else {
                tokens.add(row.columns().clientToken());
            }
        });
        List<RecordRow> out = new ArrayList<>(tokens.isEmpty() ? List.of() : records.byClients(tokens, kinds));
        if (!withoutClient.isEmpty()) {
            out.addAll(records.bySessions(withoutClient, kinds));
        }
        return out;
    }

    /** One session in full (every record but its pulses), or empty when no session has that id. */
    public Optional<SessionDetail> session(String sessionId) throws JournalException {
        List<StoredRecord> own = new ArrayList<>();
        for (RecordRow row : records.bySessions(List.of(sessionId), AuditKinds.SESSION_EXCEPT_PULSES)) {
            own.add(StoredRecord.of(row));
        }
        return SessionDetail.from(own, clients);
    }
}
