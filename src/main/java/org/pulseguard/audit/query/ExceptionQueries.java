package org.pulseguard.audit.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.RecordQueries;
import org.pulseguard.journal.store.RecordRow;

/**
 * {@code audit exceptions}: every exception of docs/journal.md section 3 recorded in a time window,
 * in journal order. Reads only the kinds that can be exceptions (kind and time index) and, for the
 * interval rule, the sessions' open records ({@link IntervalRule}); never a pulse. Not thread-safe
 * (one per command).
 */
public final class ExceptionQueries {
    private final RecordQueries records;
    private final ClientDirectory clients;

    /** Over a journal's records and its clients' keys. */
    public ExceptionQueries(RecordQueries records, ClientDirectory clients) {
        this.records = Objects.requireNonNull(records, "records");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /** The exceptions recorded in {@code window}, by leaf index. */
    public List<ExceptionEntry> exceptions(TimeWindow window) throws JournalException {
        List<ExceptionEntry> out = new ArrayList<>();
        for (RecordRow row : records.byKinds(AuditKinds.MAYBE_EXCEPTIONS, window.fromMicros(), window.toMicros())) {
            StoredRecord r = StoredRecord.of(row);
            if (ExceptionEntry.isException(r)) {
                out.add(ExceptionEntry.of(r));
            }
        }
        out.addAll(IntervalRule.find(records, clients, window));
        out.sort(Comparator.comparingLong(ExceptionEntry::index));
        return List.copyOf(out);
    }
}
