package org.pulseguard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.pulseguard.audit.JournalVerifier;
import org.pulseguard.audit.VerifyReport;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.Journal;
import org.pulseguard.journal.record.CanonicalJson;
import org.pulseguard.journal.store.JournalStore;
import org.sqlite.SQLiteConfig;

/**
 * The journal's throughput against its baselines in the same run (docs/benchmarks.md):
 * durable pulse records per second through the group-commit writer (canonical form, leaf and node
 * hashing, tree nodes and checkpoints) against plain batched SQLite inserts of the same rows with
 * no hashing into the same schema and settings; {@code audit verify} against raw SHA-256 over the
 * same canonical bytes; bytes of database per pulse record.
 */
final class JournalBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RECORDS = 200_000;
    private static final int ROUNDS = Integer.getInteger("journal.rounds", 3);

    void run() throws Exception {
        System.out.println("\n## Journal: durable pulse records and verification\n");
        System.out.println("| round | writer records/s | plain batched inserts records/s | ratio | verify records/s | raw SHA-256 records/s | ratio | bytes/record |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int round = 1; round <= ROUNDS; round++) {
            Path dir = Files.createTempDirectory("pulseguard-journal-bench");
            try {
                List<ObjectNode> records = pulses(RECORDS);
                double writer = writer(dir.resolve("journal"), records);
                double plain = plainInserts(dir.resolve("plain.db"), records);
                long[] bytes = {0};
                double verify = verify(dir.resolve("journal"), bytes);
                double raw = rawSha(dir.resolve("journal"));
                long size = Files.size(dir.resolve("journal").resolve(JournalStore.FILE_NAME));
                System.out.println(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f | %.0f |", round, writer, plain,
                        writer / plain, verify, raw, verify / raw, (double) size / RECORDS));
            } finally {
                deleteTree(dir);
            }
        }
    }

    private static List<ObjectNode> pulses(int n) {
        List<ObjectNode> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ObjectNode r = JSON.createObjectNode();
            r.put("kind", "PULSE");
            r.put("time", String.format(Locale.ROOT, "2026-12-08T10:%02d:%02d.%06dZ", (i / 600_000) % 60, (i / 10_000) % 60, (i % 10_000) * 100));
            r.put("zone", "Europe/Berlin");
            r.put("session", "7d1c0a3e5b9f4e21a8c6d2b0f1e3a5c7");
            r.put("client", "4b8e2f6a1c3d5e7f9a0b2c4d6e8f0a1b");
            r.put("unit", "REF-0001");
            r.put("run", 1 + i / 1000);
            r.put("lifetimeCounter", 1_000_000L + i);
            r.put("userCounter", i);
            r.put("energyMicrojoules", 398_000 + (i * 7919) % 4000);
            out.add(r);
        }
        return out;
    }

    private static double writer(Path dir, List<ObjectNode> records) throws Exception {
        try (Journal journal = Journal.open(dir, Clock.systemUTC(), CheckpointPolicy.DEFAULT)) {
            long start = System.nanoTime();
            List<CompletableFuture<Long>> acks = new ArrayList<>(records.size());
            for (ObjectNode r : records) {
                acks.add(journal.writer().append(r));
            }
            acks.get(acks.size() - 1).get(5, TimeUnit.MINUTES);
            long nanos = System.nanoTime() - start;
            for (CompletableFuture<Long> a : acks) {
                a.get();
            }
            return records.size() / (nanos / 1e9);
        }
    }

    /** The same rows (canonical bytes and columns) into the same records table, batched, no hashing, no tree. */
    private static double plainInserts(Path file, List<ObjectNode> records) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE records (leaf_index INTEGER PRIMARY KEY, canonical BLOB NOT NULL, kind TEXT NOT NULL,"
                        + " time_micros INTEGER NOT NULL, session_id TEXT, client_token TEXT, unit_serial TEXT)");
                s.execute("CREATE INDEX records_by_session ON records(session_id) WHERE session_id IS NOT NULL");
                s.execute("CREATE INDEX records_by_client ON records(client_token, kind) WHERE client_token IS NOT NULL");
                s.execute("CREATE INDEX records_by_unit ON records(unit_serial, kind, time_micros) WHERE unit_serial IS NOT NULL");
                s.execute("CREATE INDEX records_by_kind ON records(kind, time_micros)");
            }
            long start = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int i = 0;
                for (ObjectNode r : records) {
                    ObjectNode copy = r.deepCopy();
                    copy.put("index", i);
                    p.setLong(1, i++);
                    p.setBytes(2, CanonicalJson.bytes(copy));
                    p.setString(3, "PULSE");
                    p.setLong(4, i);
                    p.setString(5, r.get("session").asText());
                    p.setString(6, r.get("client").asText());
                    p.setString(7, r.get("unit").asText());
                    p.addBatch();
                    if (i % 8192 == 0) {
                        p.executeBatch();
                        c.commit();
                    }
                }
                p.executeBatch();
                c.commit();
            }
            return records.size() / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static double verify(Path dir, long[] bytes) throws Exception {
        try (JournalStore store = JournalStore.openForReading(dir)) {
            var key = org.pulseguard.journal.seal.JournalKeys.loadOrCreate(dir).publicKey();
            long start = System.nanoTime();
            VerifyReport report = JournalVerifier.verify(store, key, Optional.empty());
            long nanos = System.nanoTime() - start;
            if (!report.ok()) {
                throw new IllegalStateException("benchmark journal does not verify: " + report.problems());
            }
            return report.records() / (nanos / 1e9);
        }
    }

    /** Reading the same rows from the same database and SHA-256 over each canonical byte string. */
    private static double rawSha(Path dir) throws Exception {
        try (JournalStore store = JournalStore.openForReading(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long[] n = {0};
            long start = System.nanoTime();
            store.scan(0, store.size(), row -> {
                sha.update(row.canonical());
                sha.digest();
                n[0]++;
            });
            return n[0] / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
