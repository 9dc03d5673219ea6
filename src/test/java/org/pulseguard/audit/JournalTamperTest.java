package org.pulseguard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.Journal;
import org.pulseguard.journal.seal.JournalKeys;
import org.pulseguard.journal.seal.SignedCheckpoint;
import org.pulseguard.journal.store.JournalStore;

/**
 * Every way of changing a journal behind its back that the journal issue names is caught by
 * {@link JournalVerifier}, which names the record or checkpoint. (The same suite runs again on a
 * journal written by a supervised session once the supervisor journals; here the records are
 * written directly so that each tamper hits a known place.)
 */
class JournalTamperTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private SignedCheckpoint exported;

    @BeforeEach
    void writeAJournal() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-08T10:00:00Z"), ZoneOffset.UTC);
        try (Journal journal = Journal.open(dir, clock, new CheckpointPolicy(10, Duration.ofHours(1)))) {
            for (int i = 0; i < 25; i++) {
                journal.writer().append(record(i)).get(5, TimeUnit.SECONDS);
            }
            exported = journal.writer().checkpoint().get(5, TimeUnit.SECONDS);
            for (int i = 25; i < 40; i++) {
                journal.writer().append(record(i)).get(5, TimeUnit.SECONDS);
            }
        }
    }

    private static ObjectNode record(int i) {
        ObjectNode r = JSON.createObjectNode();
        r.put("kind", i % 10 == 0 ? "SESSION_OPENED" : "PULSE");
        r.put("time", "2026-12-08T10:00:" + String.format("%02d", i) + ".000000Z");
        r.put("zone", "Europe/Berlin");
        r.put("session", "s" + (i / 10));
        r.put("client", "c" + (i / 20));
        r.put("unit", "SN-1");
        r.put("energyMicrojoules", 400_000 + i);
        return r;
    }

    private VerifyReport verify() throws Exception {
        return verify(Optional.empty());
    }

    private VerifyReport verify(Optional<SignedCheckpoint> against) throws Exception {
        try (JournalStore store = JournalStore.openForReading(dir)) {
            return JournalVerifier.verify(store, JournalKeys.loadOrCreate(dir).publicKey(), against);
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(JournalStore.FILE_NAME));
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Test
    void untouched_verifies_withEveryCheckpointAndTheExportedOne() throws Exception {
        VerifyReport report = verify(Optional.of(exported));
        assertThat(report.problems()).isEmpty();
        assertThat(report.records()).isEqualTo(40);
        assertThat(report.checkpointsVerified()).isGreaterThanOrEqualTo(4);
        assertThat(report.unsealedRecords()).isZero();
    }

    @Test
    void aFieldEditedThroughSqlite_isNamed() throws Exception {
        sql("UPDATE records SET canonical = replace(canonical, '400017', '300017') WHERE leaf_index = 17");
        assertThat(verify().problems()).first().hasToString("record 17: changed after it was written: its hash differs from the leaf"
                + " hash stored with it");
    }

    @Test
    void aFieldEditedWithItsLeafHashAndNodesRecomputed_isCaughtByTheCheckpoint() throws Exception {
        sql("UPDATE records SET canonical = replace(canonical, '400017', '300017') WHERE leaf_index = 17",
                "DELETE FROM tree_nodes");
        // Rebuild every stored hash from the edited records (leaf hashes live in records, levels 2 and up in tree_nodes), as a careful forger would.
        try (JournalStore store = JournalStore.openForReading(dir)) {
            org.pulseguard.journal.tree.InMemoryNodeStore nodes = new org.pulseguard.journal.tree.InMemoryNodeStore();
            org.pulseguard.journal.tree.MerkleTree tree = new org.pulseguard.journal.tree.MerkleTree(nodes, 0);
            java.util.List<String> inserts = new java.util.ArrayList<>();
            store.scan(0, 40, row -> tree.append(org.pulseguard.journal.tree.TreeHash.leaf(row.canonical())));
            for (long i = 0; i < 40; i++) {
                inserts.add("UPDATE records SET leaf_hash = x'" + nodes.node(0, i).hex() + "' WHERE leaf_index = " + i);
            }
            for (int level = 2; level < 6; level++) {
                for (long i = 0; (i + 1) << level <= 40; i++) {
                    inserts.add("INSERT INTO tree_nodes VALUES (" + level + ", " + i + ", x'" + nodes.node(level, i).hex() + "')");
                }
            }
            sql(inserts.toArray(String[]::new));
        }
        assertThat(verify().problems()).first().hasToString("checkpoint at size 20: root differs from the root of the first 20 records:"
                + " a record up to there was changed, removed or replaced");
    }

    @Test
    void anIndexedColumnEdited_isNamed() throws Exception {
        sql("UPDATE records SET client_token = 'someone-else' WHERE leaf_index = 12");
        assertThat(verify().problems()).first().hasToString("record 12: indexed column client_token differs from the record's own field");
    }

    @Test
    void aRowDeleted_isNamed() throws Exception {
        sql("DELETE FROM records WHERE leaf_index = 7");
        assertThat(verify().problems()).first().hasToString("record 7: is missing (the next stored record is 8)");
    }

    @Test
    void theLastRowsDeleted_areCaughtByTheLastCheckpoint() throws Exception {
        sql("DELETE FROM records WHERE leaf_index >= 33");
        assertThat(verify().problems()).extracting(VerifyProblem::toString).contains("checkpoint at size 40: covers 40 records but the"
                + " journal holds 33: records were removed from the end, or an older copy of the database was restored");
    }

    @Test
    void theLastRowsAndTheirCheckpointsDeleted_areCaughtByTheExportedCheckpoint() throws Exception {
        sql("DELETE FROM records WHERE leaf_index >= 22", "DELETE FROM checkpoints WHERE tree_size > 20",
                "DELETE FROM tree_nodes WHERE (idx + 1) * (1 << level) > 22");
        assertThat(verify().problems()).as("without an anchor the shortened journal is consistent").isEmpty();
        assertThat(verify(Optional.of(exported)).problems()).extracting(VerifyProblem::toString)
                .containsExactly("exported checkpoint at size 25: covers 25 records but the journal holds 22: records were removed"
                        + " from the end, or an older copy of the database was restored");
    }

    @Test
    void twoRowsSwapped_isNamed() throws Exception {
        sql("UPDATE records SET leaf_index = -1 WHERE leaf_index = 4", "UPDATE records SET leaf_index = 4 WHERE leaf_index = 5",
                "UPDATE records SET leaf_index = 5 WHERE leaf_index = -1");
        assertThat(verify().problems()).first().hasToString("record 4: holds the record numbered 5: records were moved or swapped");
    }

    @Test
    void anOlderCopyRestored_isCaughtAgainstTheExportedCheckpoint(@TempDir Path older) throws Exception {
        // Copy the journal as it is now, let it grow and export a checkpoint, then put the old copy back.
        for (String f : new String[] {JournalStore.FILE_NAME, JournalKeys.PRIVATE_KEY_FILE, JournalKeys.PUBLIC_KEY_FILE}) {
            Files.copy(dir.resolve(f), older.resolve(f));
        }
        SignedCheckpoint later;
        try (Journal journal = Journal.open(dir, Clock.systemUTC(), CheckpointPolicy.DEFAULT)) {
            journal.writer().append(record(40)).get(5, TimeUnit.SECONDS);
            later = journal.writer().checkpoint().get(5, TimeUnit.SECONDS);
        }
        Files.copy(older.resolve(JournalStore.FILE_NAME), dir.resolve(JournalStore.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(dir.resolve(JournalStore.FILE_NAME + "-wal"));
        assertThat(verify().problems()).as("an old copy is consistent in itself").isEmpty();
        assertThat(verify(Optional.of(later)).problems()).extracting(VerifyProblem::toString)
                .containsExactly("exported checkpoint at size 41: covers 41 records but the journal holds 40: records were removed"
                        + " from the end, or an older copy of the database was restored");
    }

    @Test
    void theKeyPairSwappedAndEverythingResigned_isCaughtAgainstTheExportedCheckpoint() throws Exception {
        Files.delete(dir.resolve(JournalKeys.PRIVATE_KEY_FILE));
        Files.delete(dir.resolve(JournalKeys.PUBLIC_KEY_FILE));
        JournalKeys forger = JournalKeys.loadOrCreate(dir);
        try (JournalStore store = JournalStore.open(dir)) {
            for (String text : store.checkpoints()) {
                SignedCheckpoint c = SignedCheckpoint.parse(text);
                store.addCheckpoint(c.checkpoint().treeSize(), forger.sign(c.checkpoint()).text());
            }
        }
        assertThat(verify().problems()).as("re-signed with the new key it is consistent in itself").isEmpty();
        assertThat(verify(Optional.of(exported)).problems()).extracting(VerifyProblem::toString).containsExactly(
                "exported checkpoint at size 25: was signed as key " + exported.keyId() + " and does not verify under key "
                        + forger.keyId() + ": the checkpoint was edited, or the journal's key pair was replaced since it was exported");
    }

    @Test
    void aStoredCheckpointEdited_isNamed() throws Exception {
        sql("UPDATE checkpoints SET signed_text = replace(signed_text, 'size 20', 'size 21') WHERE tree_size = 20");
        assertThat(verify().problems()).first().asString().startsWith("checkpoint at size 21: signature does not verify");
    }

    @Test
    void anExportedCheckpointEdited_isNamed() throws Exception {
        SignedCheckpoint edited = SignedCheckpoint.parse(exported.text().replace("size 25", "size 24"));
        assertThat(verify(Optional.of(edited)).problems()).first().asString()
                .startsWith("exported checkpoint at size 24: was signed as key");
    }

    @Test
    void aTreeNodeEdited_isNamed() throws Exception {
        sql("UPDATE tree_nodes SET hash = zeroblob(32) WHERE level = 2 AND idx = 3");
        assertThat(verify().problems()).first().hasToString("record 15: tree node 2/3 differs from the hash of the records below it");
    }
}
