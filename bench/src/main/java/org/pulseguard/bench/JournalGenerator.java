package org.pulseguard.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.pulseguard.journal.record.CanonicalJson;
import org.pulseguard.journal.record.RecordFields;
import org.pulseguard.journal.seal.Checkpoint;
import org.pulseguard.journal.seal.JournalKeys;
import org.pulseguard.journal.store.CheckpointRow;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.JournalNodeStore;
import org.pulseguard.journal.store.JournalStore;
import org.pulseguard.journal.store.RecordRow;
import org.pulseguard.journal.tree.MerkleTree;
import org.pulseguard.journal.tree.TreeHash;

/**
 * Writes a realistic journal of N pulse records for benchmarks: thousands of clients, a dozen
 * units (three of them counting units that journal {@code PULSES_COUNTED} ranges), sessions of a few
 * hundred to a few thousand pulses in one to four runs, each opened with a client token and closed
 * with its totals; a few refusals and trips. It uses the journal's own record, tree, node-store
 * and store code (canonical bytes, leaf and node hashes, signed checkpoints at every session close
 * and every 1,000 records), so {@code audit verify} accepts the result. For speed it does not go
 * through the writer's group commit: it commits every {@value #COMMIT_EVERY} records (still WAL,
 * {@code synchronous=FULL}, but one fsync per commit instead of one per writer batch). Not
 * thread-safe.
 */
final class JournalGenerator {
    private static final int COMMIT_EVERY = 50_000;
    private static final int CHECKPOINT_EVERY = 1_000;
    private static final int CLIENTS = 2_000;
    private static final int UNITS = 12;
    private static final int COUNTING_UNITS = 3;

    private final SplittableRandom random = new SplittableRandom(8);
    private final ClinicRecords records = new ClinicRecords(random);
    private final JournalStore store;
    private final JournalKeys keys;
    private final JournalNodeStore nodes;
    private final MerkleTree tree;
    private final List<RecordRow> batch = new ArrayList<>();
    private final List<CheckpointRow> checkpoints = new ArrayList<>();
    private final List<String> clients = new ArrayList<>();
    private final long[] lifetime = new long[UNITS];
    private Instant now = Instant.parse("2024-01-02T08:00:00Z");
    private long sinceCheckpoint;
    private long pulseRecords;
    private long pulses;
    private long sessions;

    /** What a run of the generator produced. */
    record Result(Path dataDir, long records, long pulseRecords, long pulses, long sessions, long bytes, double seconds) {
        String summary() {
            return String.format(Locale.ROOT, "generated %d records (%d pulse records, %d pulses, %d sessions) in %.1f s; journal.db %d bytes,"
                    + " %.1f bytes per pulse record, %.1f bytes per record", records, pulseRecords, pulses, sessions, seconds, bytes,
                    (double) bytes / pulseRecords, (double) bytes / records);
        }
    }

    private JournalGenerator(JournalStore store, JournalKeys keys) throws JournalException {
        this.store = store;
        this.keys = keys;
        this.nodes = JournalNodeStore.open(store);
        this.tree = new MerkleTree(nodes, store.size());
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(records.hex32());
        }
        for (int u = 0; u < UNITS; u++) {
            lifetime[u] = 100_000L * (u + 1);
        }
    }

    /** Writes a new journal of at least {@code pulseRecords} pulse records into {@code dataDir} (which must not hold one). */
    static Result generate(Path dataDir, long pulseRecords) throws IOException, JournalException {
        Files.createDirectories(dataDir);
        if (Files.exists(dataDir.resolve(JournalStore.FILE_NAME))) {
            throw new IOException(dataDir + " already holds a journal: the generator writes new ones only");
        }
        long start = System.nanoTime();
        JournalKeys keys = JournalKeys.loadOrCreate(dataDir);
        long total;
        JournalGenerator g;
        try (JournalStore store = JournalStore.open(dataDir)) {
            g = new JournalGenerator(store, keys);
            while (g.pulseRecords < pulseRecords) {
                g.session();
            }
            g.flush();
            total = g.tree.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(dataDir, total, g.pulseRecords, g.pulses, g.sessions, Files.size(dataDir.resolve(JournalStore.FILE_NAME)), seconds);
    }

    private void session() throws JournalException {
        int u = random.nextInt(UNITS);
        String unit = String.format(Locale.ROOT, "%s-%04d", u < UNITS - COUNTING_UNITS ? "REF" : "BSK", 1000 + u);
        boolean counting = u >= UNITS - COUNTING_UNITS;
        String client = clients.get(random.nextInt(CLIENTS));
        String session = records.hex32();
        int energy = 300_000 + 1000 * random.nextInt(200);
        sessions++;
        now = now.plus(Duration.ofSeconds(60 + random.nextInt(1800)));
        append(records.sessionOpened(tick(), session, client, unit));
        if (random.nextInt(30) == 0) {
            append(records.setpointRefused(tick(), session, client, unit, 900_000));
        }
        append(records.setpointApplied(tick(), session, unit, energy));
        int runs = 1 + random.nextInt(4);
        long target = 300 + random.nextInt(2700);
        long perRun = Math.max(1, target / runs);
        long sessionPulses = 0;
        for (int run = 1; run <= runs; run++) {
            append(records.sessionRecord("ARMED", tick(), session, unit));
            append(records.sessionRecord("EMISSION_DELAY_ELAPSED", tick(), session, unit));
            append(records.runStarted(tick(), session, unit, run, energy));
            long runPulses = run < runs ? perRun : target - perRun * (runs - 1);
            long fired = counting ? countedRun(session, run, u, runPulses) : pulsedRun(session, run, u, runPulses, energy);
            sessionPulses += fired;
            append(records.runEnded(tick(), session, unit, run, fired, counting));
            if (random.nextInt(50) == 0) {
                append(records.trip(tick(), session, client, unit));
            }
            append(records.sessionRecord("STANDBY", tick(), session, unit).put("reason", "OPERATOR_REQUEST").put("from", "READY")
                    .put("detail", "standby on request"));
        }
        append(records.sessionClosed(tick(), session, client, unit, sessionPulses, runs, perRun));
        checkpoint();
    }

    private long pulsedRun(String session, int run, int unit, long count, int energy) throws JournalException {
        for (long i = 0; i < count; i++) {
            now = now.plusNanos(200_000_000L + random.nextInt(1000) * 1000L);
            lifetime[unit]++;
            append(records.pulse(now, session, run, lifetime[unit], lifetime[unit] % 1_000_000, energy - 4000 + random.nextInt(8000)));
            pulseRecords++;
        }
        pulses += count;
        return count;
    }

    private long countedRun(String session, int run, int unit, long count) throws JournalException {
        long left = count;
        while (left > 0) {
            long n = Math.min(left, 1 + random.nextInt(10));
            now = now.plusNanos(n * 200_000_000L);
            append(records.pulsesCounted(now, session, run, lifetime[unit] + 1, lifetime[unit] + n));
            lifetime[unit] += n;
            left -= n;
            pulseRecords++;
        }
        pulses += count;
        return count;
    }

    private Instant tick() {
        now = now.plusMillis(1 + random.nextInt(3000));
        return now;
    }

    private void append(ObjectNode record) throws JournalException {
        long index = tree.size();
        record.put(RecordFields.INDEX, index);
        byte[] canonical = CanonicalJson.bytes(record);
        batch.add(new RecordRow(index, canonical, RecordFields.columns(record)));
        tree.append(TreeHash.leaf(canonical));
        if (++sinceCheckpoint >= CHECKPOINT_EVERY) {
            checkpoint();
        }
        if (batch.size() >= COMMIT_EVERY) {
            flush();
        }
    }

    private void checkpoint() {
        if (sinceCheckpoint == 0) {
            return;
        }
        long size = tree.size();
        checkpoints.add(new CheckpointRow(size, keys.sign(new Checkpoint(store.journalId(), size, tree.root(size), now)).text()));
        sinceCheckpoint = 0;
    }

    private void flush() throws JournalException {
        store.commit(batch, nodes.takePending(), checkpoints);
        batch.clear();
        checkpoints.clear();
    }
}
