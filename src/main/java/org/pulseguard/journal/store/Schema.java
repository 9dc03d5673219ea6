package org.pulseguard.journal.store;

import java.util.List;

/**
 * The journal database's schema, versioned from the first release: {@code journal_meta} holds
 * {@code schema_version}; a database of a newer version is refused, an older one is migrated by
 * the steps listed here in order. docs/journal.md describes every table.
 */
final class Schema {
    /** The version this program writes. */
    static final int VERSION = 1;

    /**
     * The lowest tree level kept in {@code tree_nodes}: level 0 (leaf hashes) lives in
     * {@code records}, and level 1 is one hash over two leaf hashes read side by side, cheaper
     * to recompute for a proof than to store for every pair of records.
     */
    static final int FIRST_NODE_LEVEL = 2;

    /**
     * Bytes per database page, fixed when the file is made: a record row with its leaf hash is
     * about 320 bytes, and 4 KiB pages left a sixth of each page empty (docs/benchmarks.md).
     */
    static final int PAGE_SIZE = 8192;

    /**
     * The condition that leaves pulse records out: the kind index holds only records that are not
     * pulses, and SQLite uses a partial index only when the query repeats its condition, so a query
     * over kinds and times adds {@code AND } this text.
     */
    static final String NOT_PULSES = "kind NOT IN ('PULSE','PULSES_COUNTED')";

    /** Statements that create version 1 in an empty database. */
    static final List<String> VERSION_1 = List.of(
            "CREATE TABLE journal_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
            // leaf_hash is the tree's level 0, kept in the record's row: a tree_nodes row would cost its key again.
            "CREATE TABLE records (leaf_index INTEGER PRIMARY KEY, canonical BLOB NOT NULL, leaf_hash BLOB NOT NULL, kind TEXT NOT NULL,"
                    + " time_micros INTEGER NOT NULL, session_id TEXT, client_token TEXT, unit_serial TEXT)",
            "CREATE INDEX records_by_session ON records(session_id) WHERE session_id IS NOT NULL",
            "CREATE INDEX records_by_client ON records(client_token, kind) WHERE client_token IS NOT NULL",
            "CREATE INDEX records_by_unit ON records(unit_serial, kind, time_micros) WHERE unit_serial IS NOT NULL",
            // Exceptions and time ranges never list pulses, the bulk of a journal: they stay out of this index.
            "CREATE INDEX records_by_kind ON records(kind, time_micros) WHERE " + NOT_PULSES,
            "CREATE TABLE tree_nodes (level INTEGER NOT NULL CHECK (level >= " + FIRST_NODE_LEVEL + "), idx INTEGER NOT NULL, hash BLOB NOT NULL,"
                    + " PRIMARY KEY (level, idx)) WITHOUT ROWID",
            "CREATE TABLE checkpoints (tree_size INTEGER PRIMARY KEY, signed_text TEXT NOT NULL)");

    private Schema() {
    }
}
