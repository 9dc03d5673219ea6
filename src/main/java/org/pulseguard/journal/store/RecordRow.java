package org.pulseguard.journal.store;

import java.util.Objects;

/**
 * One stored journal record: its position in the tree (leaf index), its canonical bytes (what is
 * hashed), and the columns derived from those bytes for queries. The columns are never trusted
 * alone: {@code audit verify} derives them again from the bytes.
 *
 * @param index leaf index, from 0
 * @param canonical the record's canonical JSON bytes
 * @param columns the indexed columns derived from them
 */
public record RecordRow(long index, byte[] canonical, IndexColumns columns) {
    /** Checks the fields (the byte array is shared, not copied: rows are internal to the journal). */
    public RecordRow {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(columns, "columns");
        if (index < 0) {
            throw new IllegalArgumentException("leaf index must not be negative, got " + index);
        }
    }
}
