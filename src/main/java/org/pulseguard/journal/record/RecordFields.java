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
        try {
            Instant i = Instant.parse(time);
            return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1000);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("record field '" + TIME + "' is not an ISO-8601 UTC instant: " + time);
        }
    }

    private static String text(JsonNode record, String field) {
        JsonNode n = record.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
