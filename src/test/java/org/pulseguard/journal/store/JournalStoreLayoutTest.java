package org.pulseguard.journal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.journal.tree.MerkleTree;
import org.pulseguard.journal.tree.TreeHash;

/**
 * Where the journal keeps what, so that a pulse record costs as few bytes as the checks allow
 * (docs/journal.md sections 1 and 4): the leaf hash with its record rather than as a tree_nodes
 * row, no row for a pair of leaves (recomputed from their two leaf hashes), pulses outside the
 * kind index that no query uses for them, and every tree node still readable through the store
 * for roots and proofs.
 */
class JournalStoreLayoutTest {
    @TempDir
    Path dir;

    private static RecordRow row(long index, String kind) {
        String json = "{\"index\":" + index + ",\"kind\":\"" + kind + "\",\"session\":\"s1\",\"time\":\"2026-12-08T10:00:00.000000Z\"}";
        return new RecordRow(index, json.getBytes(StandardCharsets.UTF_8),
                new IndexColumns(kind, 1_796_724_000_000_000L, "s1", kind.equals("PULSE") ? null : "c1", null));
    }

    /** Writes {@code n} records (the first a session opening, the rest pulses) through the node store; returns the tree. */
    private MerkleTree write(JournalStore store, int n) throws JournalException {
        JournalNodeStore nodes = JournalNodeStore.open(store);
        MerkleTree tree = new MerkleTree(nodes, 0);
        List<RecordRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RecordRow r = row(i, i == 0 ? "SESSION_OPENED" : "PULSE");
            rows.add(r);
            tree.append(TreeHash.leaf(r.canonical()));
        }
        store.commit(rows, nodes.takePending(), List.of());
        return tree;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(JournalStore.FILE_NAME));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void leafHashes_areKeptWithTheirRecords_andPairsOfLeaves_areNotStored() throws Exception {
        try (JournalStore store = JournalStore.open(dir)) {
            write(store, 10);
        }
        assertThat(count("SELECT count(*) FROM tree_nodes WHERE level < 2")).isZero();
        assertThat(count("SELECT count(*) FROM tree_nodes")).as("levels 2.. of 10 leaves: 2 + 1").isEqualTo(3);
        assertThat(count("SELECT count(*) FROM records WHERE length(leaf_hash) = 32")).isEqualTo(10);
    }

    @Test
    void leafHashesAndNodes_readBackThroughTheStore_forRootsAndProofs() throws Exception {
        TreeHash root;
        List<TreeHash> proof;
        try (JournalStore store = JournalStore.open(dir)) {
            MerkleTree tree = write(store, 13);
            root = tree.root(13);
            proof = tree.inclusionProof(6, 13);
        }
        try (JournalStore store = JournalStore.openForReading(dir)) {
            MerkleTree reopened = new MerkleTree(JournalNodeStore.open(store), store.size());
            assertThat(reopened.root(13)).isEqualTo(root);
            assertThat(reopened.inclusionProof(6, 13)).isEqualTo(proof);
            assertThat(reopened.leaf(12)).isEqualTo(TreeHash.leaf(row(12, "PULSE").canonical()));
        }
    }

    @Test
    void aReopenedTree_appendsFromTheStoredRightEdge_toTheSameRootAsOneThatNeverClosed() throws Exception {
        org.pulseguard.journal.tree.InMemoryNodeStore memory = new org.pulseguard.journal.tree.InMemoryNodeStore();
        MerkleTree reference = new MerkleTree(memory, 0);
        for (int size : new int[] {1, 2, 3, 6, 7, 8}) {
            try (JournalStore store = JournalStore.open(dir)) {
                JournalNodeStore nodes = JournalNodeStore.open(store);
                MerkleTree tree = new MerkleTree(nodes, store.size());
                List<RecordRow> rows = new ArrayList<>();
                for (long i = store.size(); i < size; i++) {
                    RecordRow r = row(i, "PULSE");
                    rows.add(r);
                    tree.append(TreeHash.leaf(r.canonical()));
                    reference.append(TreeHash.leaf(r.canonical()));
                }
                store.commit(rows, nodes.takePending(), List.of());
                assertThat(tree.root(size)).as("size " + size).isEqualTo(reference.root(size));
                for (long i = 0; i < size; i++) {
                    assertThat(tree.inclusionProof(i, size)).as("proof of " + i + " in " + size).isEqualTo(reference.inclusionProof(i, size));
                }
            }
        }
    }

    @Test
    void aSessionsRecordOfOneKind_isFoundWithoutReadingItsPulses() throws Exception {
        try (JournalStore store = JournalStore.open(dir)) {
            write(store, 10);
        }
        StringBuilder plan = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(JournalStore.FILE_NAME));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("EXPLAIN QUERY PLAN SELECT canonical FROM records WHERE session_id = 's1' AND kind = 'SESSION_CLOSED'")) {
            while (r.next()) {
                plan.append(r.getString(4));
            }
        }
        assertThat(plan.toString()).contains("records_by_session (session_id=? AND kind=?)");
    }

    @Test
    void pulses_areLeftOutOfTheKindIndex() throws Exception {
        try (JournalStore store = JournalStore.open(dir)) {
            write(store, 10);
        }
        assertThat(count("SELECT count(*) FROM records INDEXED BY records_by_kind WHERE " + Schema.NOT_PULSES)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM sqlite_master WHERE name = 'records_by_kind' AND sql LIKE '%WHERE kind NOT IN%'"))
                .as("the kind index is partial").isEqualTo(1);
    }
}
