package org.pulseguard.journal.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

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
            "CREATE INDEX records_by_session ON records(session_id, kind) WHERE session_id IS NOT NULL",
            "CREATE INDEX records_by_client ON records(client_token, kind) WHERE client_token IS NOT NULL",
            "CREATE INDEX records_by_unit ON records(unit_serial, kind, time_micros) WHERE unit_serial IS NOT NULL",
            // Exceptions and time ranges never list pulses, the bulk of a journal: they stay out of this index.
            "CREATE INDEX records_by_kind ON records(kind, time_micros) WHERE " + NOT_PULSES,
            "CREATE TABLE tree_nodes (level INTEGER NOT NULL CHECK (level >= " + FIRST_NODE_LEVEL + "), idx INTEGER NOT NULL, hash BLOB NOT NULL,"
                    + " PRIMARY KEY (level, idx)) WITHOUT ROWID",
            "CREATE TABLE checkpoints (tree_size INTEGER PRIMARY KEY, signed_text TEXT NOT NULL)");

    /** Creates version {@value #VERSION} in an empty database, or checks an existing one; returns the journal id. */
    static String createOrCheck(Path file, Connection c) throws SQLException, JournalException {
        if (!tableExists(c, "journal_meta")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : VERSION_1) {
                    s.execute(sql);
                }
            }
            byte[] id = new byte[16];
            new SecureRandom().nextBytes(id);
            putMeta(c, "schema_version", Integer.toString(VERSION));
            putMeta(c, "journal_id", HexFormat.of().formatHex(id));
            c.commit();
            c.setAutoCommit(true);
        }
        return check(file, c);
    }

    /** Checks that the database is a journal of this version; returns its journal id. */
    static String check(Path file, Connection c) throws SQLException, JournalException {
        if (!tableExists(c, "journal_meta")) {
            throw new JournalException(JournalException.Reason.CORRUPT, "journal " + file + " has no journal_meta table: not a pulseguard journal", null);
        }
        String version = meta(c, "schema_version").orElse("?");
        if (!version.equals(Integer.toString(VERSION))) {
            throw new JournalException(JournalException.Reason.UNKNOWN_SCHEMA, "journal " + file + " has schema version "
                    + version + "; this program reads version " + VERSION, null);
        }
        return meta(c, "journal_id").orElseThrow(() -> new JournalException(JournalException.Reason.CORRUPT,
                "journal " + file + " has no journal_id", null));
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private static Optional<String> meta(Connection c, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT value FROM journal_meta WHERE key=?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    private static void putMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO journal_meta(key, value) VALUES (?, ?)")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    private Schema() {
    }
}
