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
    private static final int ROUNDS = Integer.getInteger("journal.rounds", 5);
    private static final int REPEATS = Integer.getInteger("journal.repeats", 3);

    void run() throws Exception {
        System.out.println("\n## Journal: durable pulse records and verification\n");
        System.out.println("Each round alternates the measurement and its baseline " + REPEATS + " times and keeps the best of each"
                + " (the least disturbed by other work on the machine).\n");
        System.out.println("| round | writer records/s | plain batched inserts records/s | ratio | verify records/s | raw SHA-256 records/s | ratio | bytes/record |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        warmUp();
        for (int round = 1; round <= ROUNDS; round++) {
            List<ObjectNode> records = pulses(RECORDS);
            double writer = 0;
            double plain = 0;
            double verify = 0;
            double raw = 0;
            double bytesPerRecord = 0;
            for (int repeat = 0; repeat < REPEATS; repeat++) {
                Path dir = Files.createTempDirectory("pulseguard-journal-bench");
                try {
                    writer = Math.max(writer, writer(dir.resolve("journal"), records));
                    plain = Math.max(plain, plainInserts(dir.resolve("journal"), dir.resolve("plain.db"), records));
                    verify = Math.max(verify, verify(dir.resolve("journal"), new long[1]));
                    raw = Math.max(raw, rawSha(dir.resolve("journal")));
                    bytesPerRecord = (double) Files.size(dir.resolve("journal").resolve(JournalStore.FILE_NAME)) / RECORDS;
                } finally {
                    deleteTree(dir);
                }
            }
            System.out.println(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f | %.0f |", round, writer, plain,
                    writer / plain, verify, raw, verify / raw, bytesPerRecord));
        }
    }

    /** One unprinted round of both writers, so that neither is measured while the JIT still compiles it. */
    private static void warmUp() throws Exception {
        Path dir = Files.createTempDirectory("pulseguard-journal-warmup");
        try {
            List<ObjectNode> records = pulses(RECORDS / 4);
            writer(dir.resolve("journal"), records);
            plainInserts(dir.resolve("journal"), dir.resolve("plain.db"), records);
            verify(dir.resolve("journal"), new long[1]);
            rawSha(dir.resolve("journal"));
        } finally {
            deleteTree(dir);
        }
    }

    /** Pulse records as docs/journal.md section 3 shapes them: in a session, so no zone, client or unit. */
    private static List<ObjectNode> pulses(int n) {
        ClinicRecords clinic = new ClinicRecords(new java.util.SplittableRandom(1));
        String session = clinic.hex32();
        java.time.Instant at = java.time.Instant.parse("2026-12-08T10:00:00Z");
        List<ObjectNode> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            at = at.plusNanos(200_000_123L);
            out.add(clinic.pulse(at, session, 1 + i / 1000, 1_234_567L + i, 1234 + i, 398_000 + (i * 7919) % 4000));
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

    /**
     * The same rows (canonical bytes and columns) into a records table and indexes made from the
     * journal's own DDL, batched, no hashing and no tree: the leaf hash column gets 32 zero bytes,
     * so the bytes written per row are the same.
     */
    private static double plainInserts(Path journalDir, Path file, List<ObjectNode> records) throws Exception {
        List<String> ddl = new ArrayList<>();
        try (Connection j = DriverManager.getConnection("jdbc:sqlite:" + journalDir.resolve(JournalStore.FILE_NAME));
             Statement s = j.createStatement();
             var r = s.executeQuery("SELECT sql FROM sqlite_master WHERE tbl_name = 'records' AND sql IS NOT NULL ORDER BY type DESC")) {
            while (r.next()) {
                ddl.add(r.getString(1));
            }
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        byte[] noHash = new byte[32];
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA page_size=8192");
                s.execute("PRAGMA journal_mode=WAL");
                for (String sql : ddl) {
                    s.execute(sql);
                }
            }
            long start = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO records(leaf_index, canonical, leaf_hash, kind, time_micros,"
                    + " session_id, client_token, unit_serial) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 0;
                for (ObjectNode r : records) {
                    ObjectNode copy = r.deepCopy();
                    copy.put("index", i);
                    p.setLong(1, i++);
                    p.setBytes(2, CanonicalJson.bytes(copy));
                    p.setBytes(3, noHash);
                    p.setString(4, "PULSE");
                    p.setLong(5, i);
                    p.setString(6, r.get("session").asText());
                    p.setString(7, null);
                    p.setString(8, null);
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

    static double verify(Path dir, long[] bytes) throws Exception {
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
    static double rawSha(Path dir) throws Exception {
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
