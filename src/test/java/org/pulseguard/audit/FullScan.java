package org.pulseguard.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pulseguard.audit.query.ClientDirectory;
import org.pulseguard.audit.query.ExceptionEntry;
import org.pulseguard.audit.query.PersonalDetails;
import org.pulseguard.audit.query.SessionDetail;
import org.pulseguard.audit.query.SessionFilter;
import org.pulseguard.audit.query.SessionSummary;
import org.pulseguard.audit.query.StoredRecord;
import org.pulseguard.audit.query.TimeWindow;
import org.pulseguard.journal.store.JournalStore;

/**
 * The reference the audit queries are held to: every record read with {@link JournalStore#scan}
 * and filtered in plain Java, straight from docs/journal.md section 3, with no index and no SQL.
 * Selection and counting are written again here; only turning a record into an output line is
 * shared with the queries.
 */
final class FullScan {
    private static final Set<String> ALWAYS = Set.of("SETPOINT_REFUSED", "REFUSED", "TRIP", "EMERGENCY_STOP", "FAULT", "LINK_LOST",
            "JOURNAL_FAILURE");

    private final List<StoredRecord> all = new ArrayList<>();
    private final ClientDirectory clients;

    FullScan(JournalStore store, ClientDirectory clients) throws Exception {
        store.scan(0, store.size(), row -> all.add(StoredRecord.of(row)));
        this.clients = clients;
    }

    List<SessionSummary> sessions(SessionFilter f) throws Exception {
        List<SessionSummary> out = new ArrayList<>();
        for (StoredRecord open : all) {
            if (!open.kind().equals("SESSION_OPENED") || !f.opened().contains(TimeWindow.micros(open.time()))
                    || (f.clientToken() != null && !f.clientToken().equals(open.client()))
                    || (f.unitSerial() != null && !f.unitSerial().equals(open.unit()))) {
                continue;
            }
            StoredRecord closed = null;
            long refusals = 0;
            long trips = 0;
            for (StoredRecord r : all) {
                if (!open.session().equals(r.session())) {
                    continue;
                }
                switch (r.kind()) {
                    case "SESSION_CLOSED" -> closed = closed == null ? r : closed;
                    case "SETPOINT_REFUSED", "REFUSED" -> refusals++;
                    case "TRIP", "EMERGENCY_STOP" -> trips++;
                    default -> { }
                }
            }
            out.add(SessionSummary.of(open, closed, refusals, trips, clients.personal(open).map(PersonalDetails::pseudonym).orElse(null)));
        }
        return out;
    }

    Optional<SessionDetail> session(String id) throws Exception {
        List<StoredRecord> own = all.stream().filter(r -> id.equals(r.session()))
                .filter(r -> !r.kind().equals("PULSE") && !r.kind().equals("PULSES_COUNTED")).toList();
        return SessionDetail.from(own, clients);
    }

    List<ExceptionEntry> exceptions(TimeWindow w) throws Exception {
        List<ExceptionEntry> out = new ArrayList<>();
        Map<String, StoredRecord> lastOnSite = new HashMap<>();
        for (StoredRecord r : all) {
            boolean inside = w.contains(TimeWindow.micros(r.time()));
            boolean exception = ALWAYS.contains(r.kind())
                    || (r.kind().equals("NOTICE") && r.fields().path("exception").asBoolean(false))
                    || (r.kind().equals("COUNTER_RECONCILED") && Set.of("UNACCOUNTED", "BACKWARDS").contains(r.text("outcome")))
                    || (r.kind().equals("SESSION_CLOSED") && "RECOVERY".equals(r.text("how")));
            if (inside && exception) {
                out.add(ExceptionEntry.of(r));
            }
            if (r.kind().equals("SESSION_OPENED")) {
                Optional<PersonalDetails> p = clients.personal(r);
                if (p.isEmpty()) {
                    continue;
                }
                String key = r.client() + "\u0000" + p.get().site();
                StoredRecord earlier = lastOnSite.put(key, r);
                long minimum = r.fields().path("minIntervalDays").asLong(0);
                if (inside && earlier != null && minimum > 0) {
                    ZoneId zone = r.zone() == null ? ZoneOffset.UTC : ZoneId.of(r.zone());
                    long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(earlier.time(), zone), LocalDate.ofInstant(r.time(), zone));
                    if (days < minimum) {
                        out.add(ExceptionEntry.shortInterval(r, earlier, days, minimum));
                    }
                }
            }
        }
        return out;
    }

    /** Leaf indexes of the records an export for {@code token} (null: everyone) in {@code w} holds. */
    List<Long> exportIndexes(String token, TimeWindow w) {
        Set<String> sessions = new java.util.HashSet<>();
        all.stream().filter(r -> token != null && token.equals(r.client()) && r.session() != null).forEach(r -> sessions.add(r.session()));
        return all.stream().filter(r -> w.contains(TimeWindow.micros(r.time())))
                .filter(r -> token == null || token.equals(r.client()) || sessions.contains(r.session()))
                .map(StoredRecord::index).toList();
    }

    /** Pulses of a session counted from its pulse records. */
    long pulsesOf(String session) {
        return all.stream().filter(r -> session.equals(r.session())).mapToLong(r -> switch (r.kind()) {
            case "PULSE" -> 1;
            case "PULSES_COUNTED" -> r.fields().path("count").asLong();
            default -> 0;
        }).sum();
    }
}
