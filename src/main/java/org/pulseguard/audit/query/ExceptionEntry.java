package org.pulseguard.audit.query;

import java.time.Instant;

/**
 * One line of {@code audit exceptions}: a record that is an exception by docs/journal.md section 3
 * (its kind, or its kind and fields), or a session opened too soon after the same client's last
 * session on the same site ({@link #SHORT_INTERVAL}, at the later session's open record).
 *
 * @param index leaf index of the record
 * @param time when
 * @param zone the clinic's time zone id
 * @param kind the record kind, or {@link #SHORT_INTERVAL}
 * @param session the session, or null
 * @param unit the unit serial, or null
 * @param client the client token, or null
 * @param reason the reason code, fault, failure or outcome the record gives, or null
 * @param summary one line for people
 * @param relatedSession for {@link #SHORT_INTERVAL}, the earlier session; else null
 */
public record ExceptionEntry(long index, Instant time, String zone, String kind, String session, String unit, String client,
                             String reason, String summary, String relatedSession) {
    /** The kind of an interval exception (not a record kind). */
    public static final String SHORT_INTERVAL = "SHORT_INTERVAL";

    /** True when the record is an exception on its own (everything but the interval rule). */
    public static boolean isException(StoredRecord r) {
        String kind = r.kind();
        if (org.pulseguard.journal.record.RecordKind.ALWAYS_EXCEPTIONS.stream().anyMatch(k -> k.name().equals(kind))) {
            return true;
        }
        return switch (kind) {
            case "NOTICE" -> Boolean.TRUE.equals(r.flag("exception"));
            case "COUNTER_RECONCILED" -> CounterGap.isGap(r);
            case "SESSION_CLOSED" -> "RECOVERY".equals(r.text("how"));
            default -> false;
        };
    }

    /** The entry of a record that {@link #isException} accepts. */
    public static ExceptionEntry of(StoredRecord r) {
        return new ExceptionEntry(r.index(), r.time(), r.zone(), r.kind(), r.session(), r.unit(), r.client(), reason(r), summary(r), null);
    }

    /** The entry of a session opened {@code days} after {@code earlier} on the same site, fewer than {@code minimum} allows. */
    public static ExceptionEntry shortInterval(StoredRecord later, StoredRecord earlier, long days, long minimum) {
        return new ExceptionEntry(later.index(), later.time(), later.zone(), SHORT_INTERVAL, later.session(), later.unit(),
                later.client(), SHORT_INTERVAL, "opened " + days + " day(s) after session " + earlier.session()
                + " of the same client on the same site; the safe profile asks at least " + minimum, earlier.session());
    }

    private static String reason(StoredRecord r) {
        return switch (r.kind()) {
            case "FAULT" -> r.text("fault");
            case "JOURNAL_FAILURE" -> r.text("failure");
            case "COUNTER_RECONCILED" -> r.text("outcome");
            case "SESSION_CLOSED" -> r.text("how");
            case "LINK_LOST" -> "LINK_LOST";
            default -> r.text("reason");
        };
    }

    private static String summary(StoredRecord r) {
        return switch (r.kind()) {
            case "SETPOINT_REFUSED" -> {
                RefusalEntry e = RefusalEntry.of(r);
                yield e.gateReasons().isEmpty() ? orEmpty(e.detail())
                        : String.join("; ", e.gateReasons().stream().map(Object::toString).toList());
            }
            case "TRIP", "EMERGENCY_STOP" -> {
                TripEntry t = TripEntry.of(r);
                yield t.from() + " -> " + t.to() + (t.by() == null ? "" : " by " + t.by())
                        + (t.fault() == null ? "" : ", fault " + t.fault()) + ": " + orEmpty(t.detail());
            }
            case "COUNTER_RECONCILED" -> {
                CounterGap g = CounterGap.of(r);
                yield g.unaccountedPulses() + " pulse(s) unaccounted, lifetime " + g.firstUnaccounted() + ".." + g.lastUnaccounted()
                        + " (journaled " + g.journaledLifetime() + ", unit " + g.unitLifetime() + ", at " + g.trigger() + ")";
            }
            case "JOURNAL_FAILURE" -> "the journal failed at " + r.text("failedAt") + ": " + orEmpty(r.text("detail"));
            case "SESSION_CLOSED" -> "closed by recovery after the program stopped uncleanly; " + r.number("pulses") + " pulse(s)";
            default -> orEmpty(r.text("detail"));
        };
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
