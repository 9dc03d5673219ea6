package org.pulseguard.audit.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import org.pulseguard.journal.record.RecordFields;
import org.pulseguard.journal.store.RecordRow;

/**
 * A journal record read back for an audit: its leaf index, its fields, and the top-level fields
 * every record has (docs/journal.md section 2). Immutable (the JSON tree is not shared).
 *
 * @param index the leaf index
 * @param fields the record's JSON object
 */
public record StoredRecord(long index, JsonNode fields) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parses a stored row; a row that is not JSON is reported with its index (run audit verify). */
    public static StoredRecord of(RecordRow row) {
        try {
            return new StoredRecord(row.index(), JSON.readTree(row.canonical()));
        } catch (IOException e) {
            throw new IllegalStateException("record " + row.index() + " is not JSON (run 'audit verify'): " + e.getMessage());
        }
    }

    /** The record kind. */
    public String kind() {
        return fields.path(RecordFields.KIND).asText();
    }

    /** When it was recorded. */
    public Instant time() {
        return Instant.parse(fields.path(RecordFields.TIME).asText());
    }

    /** The clinic's time zone id, or null (pulse records carry none). */
    public String zone() {
        return text(RecordFields.ZONE);
    }

    /** The session id, or null. */
    public String session() {
        return text(RecordFields.SESSION);
    }

    /** The client token, or null. */
    public String client() {
        return text(RecordFields.CLIENT);
    }

    /** The unit serial, or null. */
    public String unit() {
        return text(RecordFields.UNIT);
    }

    /** A text field, or null when absent or null. */
    public String text(String field) {
        JsonNode n = fields.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** An integer field, or null when absent or null. */
    public Long number(String field) {
        JsonNode n = fields.get(field);
        return n == null || n.isNull() ? null : n.asLong();
    }

    /** A boolean field, or null when absent or null. */
    public Boolean flag(String field) {
        JsonNode n = fields.get(field);
        return n == null || n.isNull() ? null : n.asBoolean();
    }
}
