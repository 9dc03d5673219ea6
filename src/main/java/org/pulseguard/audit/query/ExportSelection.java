package org.pulseguard.audit.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.RecordQueries;
import org.pulseguard.journal.store.RecordRow;

/**
 * Which records {@code audit export} writes: with a client token, every record that names the
 * client and every record of the client's sessions (their pulses included), so that the export can
 * be handed to the client or a regulator without showing anyone else's; without one, every record.
 * Both within a time window on the record's own time. Stateless apart from its queries.
 */
public final class ExportSelection {
    private final RecordQueries records;

    /** Over a journal's records. */
    public ExportSelection(RecordQueries records) {
        this.records = Objects.requireNonNull(records, "records");
    }

    /** The records to export, by leaf index; {@code clientToken} null for every client. */
    public List<RecordRow> select(String clientToken, TimeWindow window) throws JournalException {
        if (clientToken == null) {
            return records.byKinds(AuditKinds.EVERY, window.fromMicros(), window.toMicros());
        }
        TreeMap<Long, RecordRow> out = new TreeMap<>();
        Set<String> sessions = new LinkedHashSet<>();
        for (RecordRow row : records.byClient(clientToken, AuditKinds.EVERY, Long.MIN_VALUE, Long.MAX_VALUE)) {
            if (row.columns().sessionId() != null) {
                sessions.add(row.columns().sessionId());
            }
            if (window.contains(row.columns().timeMicros())) {
                out.put(row.index(), row);
            }
        }
        if (!sessions.isEmpty()) {
            records.everyRecordOfSessions(sessions, window.fromMicros(), window.toMicros()).forEach(r -> out.put(r.index(), r));
        }
        return List.copyOf(new ArrayList<>(out.values()));
    }
}
