package org.pulseguard.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.pulseguard.journal.record.CanonicalJson;
import org.pulseguard.journal.record.RecordFields;
import org.pulseguard.journal.seal.Checkpoint;
import org.pulseguard.journal.seal.JournalKeys;
import org.pulseguard.journal.seal.SignedCheckpoint;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.JournalNodeStore;
import org.pulseguard.journal.store.JournalStore;
import org.pulseguard.journal.store.RecordRow;
import org.pulseguard.journal.tree.MerkleTree;
import org.pulseguard.journal.tree.TreeHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's single writer: a group-commit loop on its own named thread. Callers hand it
 * records ({@link #append}) and get a future that completes with the record's leaf index once the
 * record is durable (committed with {@code synchronous=FULL}); every record queued while a commit
 * runs goes into the next one, so a burst of pulses costs one fsync, not one each. Checkpoints are
 * signed after the commit that reaches {@link CheckpointPolicy#everyRecords()} new records, after
 * {@link CheckpointPolicy#everyInterval()} with new records, and whenever asked ({@link #checkpoint}, at
 * session close).
 *
 * <p>Fail-safe: the first failure to write fails that batch's futures and every later append
 * ({@link JournalException.Reason#FAILED_EARLIER}), and is reported to the {@link JournalHealthListener}s,
 * so the supervisor refuses to arm and trips an armed unit. A failed writer is not retried: the
 * journal is reopened deliberately. Thread-safe.
 */
public final class JournalWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);
    private static final int MAX_BATCH = 8192;

    private final JournalStore store;
    private final JournalKeys keys;
    private final Clock clock;
    private final CheckpointPolicy policy;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicReference<JournalException> failure = new AtomicReference<>();
    private final List<JournalHealthListener> healthListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<DurableListener> durableListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final MerkleTree tree;
    private final JournalNodeStore nodes;
    private final Thread thread;
    private volatile boolean closing;
    private volatile SignedCheckpoint latest;
    private long recordsSinceCheckpoint;
    private Instant lastCheckpointAt;

    private sealed interface Pending permits Append, CheckpointRequest, Stop {
    }

    private record Append(ObjectNode record, CompletableFuture<Long> done) implements Pending {
    }

    private record CheckpointRequest(CompletableFuture<SignedCheckpoint> done) implements Pending {
    }

    private record Stop() implements Pending {
    }

    /** Opens the writer over an open store; the thread starts at once. */
    public JournalWriter(JournalStore store, JournalKeys keys, Clock clock, CheckpointPolicy policy) throws JournalException {
        this.store = Objects.requireNonNull(store, "store");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.nodes = JournalNodeStore.open(store);
        this.tree = new MerkleTree(nodes, store.size());
        this.lastCheckpointAt = clock.instant();
        this.thread = new Thread(this::run, "journal-writer");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> fail(new JournalException(JournalException.Reason.IO_ERROR,
                "journal writer thread died: " + e, e)));
        thread.start();
    }

    /** Adds a health listener (the supervisor). */
    public void addHealthListener(JournalHealthListener listener) {
        healthListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Adds a listener told, after each commit, which records it made durable ({@link DurableListener}). */
    public void addDurableListener(DurableListener listener) {
        durableListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Queues a record (its {@code kind}, {@code time} and other fields set by the caller; the
     * writer adds {@code index}). The future completes with the leaf index when the record is
     * durable, or exceptionally with a {@link JournalException}.
     */
    public CompletableFuture<Long> append(ObjectNode record) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        JournalException failed = failure.get();
        if (failed != null) {
            done.completeExceptionally(failedEarlier(failed));
        } else if (closing) {
            done.completeExceptionally(new JournalException(JournalException.Reason.FAILED_EARLIER, "the journal is closed", null));
        } else {
            queue.add(new Append(record.deepCopy(), done));
        }
        return done;
    }

    /** Asks for a signed checkpoint after everything queued so far; completes when it is stored. */
    public CompletableFuture<SignedCheckpoint> checkpoint() {
        CompletableFuture<SignedCheckpoint> done = new CompletableFuture<>();
        JournalException failed = failure.get();
        if (failed != null) {
            done.completeExceptionally(failedEarlier(failed));
        } else {
            queue.add(new CheckpointRequest(done));
        }
        return done;
    }

    /** Why this writer takes no more records (it failed, or it was closed); empty while it takes them. */
    public java.util.Optional<String> refusesRecords() {
        JournalException failed = failure.get();
        if (failed != null) {
            return java.util.Optional.of(failed.reason() + ": " + failed.getMessage());
        }
        return closing ? java.util.Optional.of("the journal is closed") : java.util.Optional.empty();
    }

    /** The failure that stopped the writer, if any. */
    public java.util.Optional<JournalException> failure() {
        return java.util.Optional.ofNullable(failure.get());
    }

    /** The latest checkpoint this writer signed, or null. */
    public SignedCheckpoint latestCheckpoint() {
        return latest;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            Pending first;
            try {
                first = queue.poll(timeToNextCheckpoint().toMillis() + 1, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            batch.clear();
            if (first != null) {
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
            }
            if (!process(batch)) {
                return;
            }
        }
    }

    private Duration timeToNextCheckpoint() {
        Duration left = Duration.between(clock.instant(), lastCheckpointAt.plus(policy.everyInterval()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Commits a batch; returns false when the loop should end. */
    private boolean process(List<Pending> batch) {
        List<RecordRow> rows = new ArrayList<>();
        List<Append> appends = new ArrayList<>();
        List<CheckpointRequest> checkpointRequests = new ArrayList<>();
        boolean stop = false;
        long base = tree.size();
        for (Pending p : batch) {
            if (p instanceof Append a) {
                if (failure.get() != null) {
                    a.done().completeExceptionally(failedEarlier(failure.get()));
                    continue;
                }
                try {
                    long index = base + rows.size();
                    a.record().put(RecordFields.INDEX, index);
                    byte[] canonical = CanonicalJson.bytes(a.record());
                    rows.add(new RecordRow(index, canonical, RecordFields.columns(a.record())));
                    appends.add(a);
                } catch (IllegalArgumentException malformed) {
                    a.done().completeExceptionally(new IllegalArgumentException("journal record refused: " + malformed.getMessage(), malformed));
                }
            } else if (p instanceof CheckpointRequest c) {
                checkpointRequests.add(c);
            } else {
                stop = true;
            }
        }
        if (failure.get() != null) {
            checkpointRequests.forEach(c -> c.done().completeExceptionally(failedEarlier(failure.get())));
            return !stop;
        }
        for (RecordRow row : rows) {
            tree.append(TreeHash.leaf(row.canonical()));
        }
        recordsSinceCheckpoint += rows.size();
        boolean due = recordsSinceCheckpoint > 0 && (recordsSinceCheckpoint >= policy.everyRecords()
                || !clock.instant().isBefore(lastCheckpointAt.plus(policy.everyInterval())));
        SignedCheckpoint signed = null;
        if (due || !checkpointRequests.isEmpty() || (stop && recordsSinceCheckpoint > 0)) {
            signed = keys.sign(new Checkpoint(store.journalId(), tree.size(), tree.root(tree.size()), clock.instant()));
        }
        try {
            if (!rows.isEmpty() || signed != null) {
                store.commit(rows, nodes.takePending(), signed == null ? null : signed.text(), tree.size());
            }
        } catch (JournalException e) {
            fail(e);
            appends.forEach(a -> a.done().completeExceptionally(e));
            checkpointRequests.forEach(c -> c.done().completeExceptionally(e));
            return !stop;
        }
        if (signed != null) {
            latest = signed;
            recordsSinceCheckpoint = 0;
            lastCheckpointAt = clock.instant();
        } else if (rows.isEmpty()) {
            lastCheckpointAt = clock.instant();
        }
        tellDurable(rows);
        for (int i = 0; i < appends.size(); i++) {
            appends.get(i).done().complete(rows.get(i).index());
        }
        SignedCheckpoint done = signed;
        checkpointRequests.forEach(c -> c.done().complete(done));
        return !stop;
    }

    private void tellDurable(List<RecordRow> rows) {
        if (rows.isEmpty() || durableListeners.isEmpty()) {
            return;
        }
        List<DurableListener.DurableRecord> durable = rows.stream()
                .map(row -> new DurableListener.DurableRecord(row.index(), row.columns().kind())).toList();
        for (DurableListener listener : durableListeners) {
            try {
                listener.durable(durable);
            } catch (RuntimeException listenerFailure) {
                LOG.error("journal durable listener failed: {}", listenerFailure.toString());
            }
        }
    }

    private void fail(JournalException e) {
        if (failure.compareAndSet(null, e)) {
            LOG.error("journal failed ({}): {}; no further records are accepted", e.reason(), e.getMessage());
            healthListeners.forEach(l -> {
                try {
                    l.journalFailed(e);
                } catch (RuntimeException listenerFailure) {
                    LOG.error("journal health listener failed: {}", listenerFailure.toString());
                }
            });
        }
    }

    private static JournalException failedEarlier(JournalException cause) {
        return new JournalException(JournalException.Reason.FAILED_EARLIER,
                "the journal failed earlier (" + cause.reason() + ": " + cause.getMessage() + ") and takes no records until reopened", cause);
    }

    /** Commits what is queued, signs a final checkpoint if records are unsealed, and stops the thread. */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        queue.add(new Stop());
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
