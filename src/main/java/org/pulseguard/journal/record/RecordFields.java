package org.pulseguard.journal.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.pulseguard.journal.store.IndexColumns;

/**
 * The fields every journal record carries at its top level, and the one place that derives the
 * database's indexed columns from a record: the writer uses it to fill the columns, {@code audit
 * verify} to check them.
 * <ul>
 *   <li>{@code index}: the record's leaf index (integer);</li>
 *   <li>{@code kind}: the record type;</li>
 *   <li>{@code time}: when it was recorded, ISO-8601 UTC with microseconds ({@code 2026-12-08T14:03:11.123456Z});</li>
 *   <li>{@code zone}: the clinic's time zone id, for showing local times;</li>
 *   <li>{@code session}, {@code client}, {@code unit}: the session id, client token and unit serial, where they apply.</li>
 * </ul>
 */
public final class RecordFields {
    public static final String INDEX = "index";
    public static final String KIND = "kind";
    public static final String TIME = "time";
    public static final String ZONE = "zone";
    public static final String SESSION = "session";
    public static final String CLIENT = "client";
    public static final String UNIT = "unit";

    private RecordFields() {
    }

    /** The indexed columns of a record; throws {@link IllegalArgumentException} naming a missing or malformed field. */
    public static IndexColumns columns(JsonNode record) {
        JsonNode kind = record.get(KIND);
        if (kind == null || !kind.isTextual()) {
            throw new IllegalArgumentException("record has no text field '" + KIND + "'");
        }
        return new IndexColumns(kind.textValue(), timeMicros(record), text(record, SESSION), text(record, CLIENT), text(record, UNIT));
    }

    /**
     * The indexed columns from the top-level fields {@link CanonicalScan#check} returned (strings as
     * strings, integers as numbers), by the same rules as {@link #columns(JsonNode)}.
     */
    public static IndexColumns columns(java.util.Map<String, Object> topLevel) {
        if (!(topLevel.get(KIND) instanceof String kind)) {
            throw new IllegalArgumentException("record has no text field '" + KIND + "'");
        }
        if (!(topLevel.get(TIME) instanceof String time)) {
            throw new IllegalArgumentException("record has no text field '" + TIME + "'");
        }
        return new IndexColumns(kind, micros(time), text(topLevel.get(SESSION)), text(topLevel.get(CLIENT)), text(topLevel.get(UNIT)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static final java.time.format.DateTimeFormatter TIME_FORMAT =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

    /** {@code at} as a record's {@code time} field: UTC with exactly six fractional digits (truncated to the microsecond). */
    public static String time(Instant at) {
        return TIME_FORMAT.format(at);
    }

    /** The record's leaf index field, or -1 when absent. */
    public static long index(JsonNode record) {
        JsonNode n = record.get(INDEX);
        return n != null && n.isIntegralNumber() ? n.longValue() : -1;
    }

    /** The time field in microseconds since the epoch. */
    public static long timeMicros(JsonNode record) {
        JsonNode t = record.get(TIME);
        if (t == null || !t.isTextual()) {
            throw new IllegalArgumentException("record has no text field '" + TIME + "'");
        }
        return micros(t.textValue());
    }

    private static long micros(String time) {
        long fast = canonicalMicros(time);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        try {
            Instant i = Instant.parse(time);
            return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1000);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("record field '" + TIME + "' is not an ISO-8601 UTC instant: " + time);
        }
    }

    /**
     * The journal's own time form, {@code uuuu-MM-ddTHH:mm:ss.SSSSSSZ}, read without a formatter
     * (every record's time is read on every verify); {@link Long#MIN_VALUE} for anything else,
     * which {@link Instant#parse} then reads or refuses as before.
     */
    static long canonicalMicros(String t) {
        if (t.length() != 27 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(19) != '.' || t.charAt(26) != 'Z') {
            return Long.MIN_VALUE;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int micro = digits(t, 20, 26);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || micro < 0 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return Long.MIN_VALUE;
        }
        long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
        return (epochDay * 86_400L + hour * 3600L + minute * 60L + second) * 1_000_000L + micro;
    }

    /** The decimal value of {@code t[from, to)}, or -1 if any of it is not an ASCII digit. */
    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static String text(JsonNode record, String field) {
        JsonNode n = record.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
