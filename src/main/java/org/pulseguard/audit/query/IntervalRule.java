package org.pulseguard.audit.query;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pulseguard.journal.record.RecordKind;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.RecordQueries;
import org.pulseguard.journal.store.RecordRow;

/**
 * The interval rule of {@code audit exceptions}: a session that opened fewer than its safe
 * profile's {@code minIntervalDays} after the same client's previous session on the same site.
 * Days are calendar days in the clinic's zone (the later record's {@code zone}): a session on
 * 1 March after one on 30 January is 30 days later whatever the hours. The site is sealed, so only
 * clients whose key still exists are checked; an erased client's sessions are never compared.
 * Reads the sessions that opened in the window (kind index) and, per client, that client's earlier
 * sessions (client index). Stateless.
 */
final class IntervalRule {
    private IntervalRule() {
    }

    static List<ExceptionEntry> find(RecordQueries records, ClientDirectory clients, TimeWindow window) throws JournalException {
        List<String> opened = AuditKinds.of(RecordKind.SESSION_OPENED);
        Set<String> tokens = new LinkedHashSet<>();
        Set<Long> inWindow = new java.util.HashSet<>();
        for (RecordRow row : records.byKinds(opened, window.fromMicros(), window.toMicros())) {
            if (row.columns().clientToken() != null) {
                tokens.add(row.columns().clientToken());
                inWindow.add(row.index());
            }
        }
        List<ExceptionEntry> out = new ArrayList<>();
        for (String token : tokens) {
            Map<String, StoredRecord> lastOnSite = new HashMap<>();
            for (RecordRow row : records.byClient(token, opened, Long.MIN_VALUE, window.toMicros())) {
                StoredRecord r = StoredRecord.of(row);
                var personal = clients.personal(r);
                if (personal.isEmpty()) {
                    continue;
                }
                String site = String.valueOf(personal.get().site());
                StoredRecord earlier = lastOnSite.put(site, r);
                Long minimum = r.number("minIntervalDays");
                if (earlier != null && inWindow.contains(r.index()) && minimum != null && minimum > 0) {
                    long days = daysBetween(earlier, r);
                    if (days < minimum) {
                        out.add(ExceptionEntry.shortInterval(r, earlier, days, minimum));
                    }
                }
            }
        }
        return out;
    }

    /** Calendar days from {@code earlier} to {@code later}, both taken in the later record's zone. */
    static long daysBetween(StoredRecord earlier, StoredRecord later) {
        ZoneId zone = later.zone() == null ? ZoneOffset.UTC : ZoneId.of(later.zone());
        LocalDate a = LocalDate.ofInstant(earlier.time(), zone);
        LocalDate b = LocalDate.ofInstant(later.time(), zone);
        return ChronoUnit.DAYS.between(a, b);
    }
}
