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

    /** Statements that create version 1 in an empty database. */
    static final List<String> VERSION_1 = List.of(
            "CREATE TABLE journal_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE records (leaf_index INTEGER PRIMARY KEY, canonical BLOB NOT NULL, kind TEXT NOT NULL,"
                    + " time_micros INTEGER NOT NULL, session_id TEXT, client_token TEXT, unit_serial TEXT)",
            "CREATE INDEX records_by_session ON records(session_id) WHERE session_id IS NOT NULL",
            "CREATE INDEX records_by_client ON records(client_token, kind) WHERE client_token IS NOT NULL",
            "CREATE INDEX records_by_unit ON records(unit_serial, kind, time_micros) WHERE unit_serial IS NOT NULL",
            "CREATE INDEX records_by_kind ON records(kind, time_micros)",
            "CREATE TABLE tree_nodes (level INTEGER NOT NULL, idx INTEGER NOT NULL, hash BLOB NOT NULL,"
                    + " PRIMARY KEY (level, idx)) WITHOUT ROWID",
            "CREATE TABLE checkpoints (tree_size INTEGER PRIMARY KEY, signed_text TEXT NOT NULL)");

    private Schema() {
    }
}
