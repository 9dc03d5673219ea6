package org.pulseguard.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.pulseguard.journal.seal.JournalKeys;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.JournalStore;

/**
 * A clinic's treatment journal in its data directory: the SQLite store ({@code journal.db}), the
 * signing key pair ({@code signing-key.pk8}, {@code signing-key.pub}) and the single writer. Opening
 * makes the directory, the database and the key pair on first use. Thread-safe; close it once.
 */
public final class Journal implements AutoCloseable {
    private final Path dataDir;
    private final JournalStore store;
    private final JournalKeys keys;
    private final JournalWriter writer;
    private final DataDirectoryLock lock;

    private Journal(Path dataDir, JournalStore store, JournalKeys keys, JournalWriter writer, DataDirectoryLock lock) {
        this.dataDir = dataDir;
        this.store = store;
        this.keys = keys;
        this.writer = writer;
        this.lock = lock;
    }

    /**
     * Opens (creating if needed) the journal in {@code dataDir} and starts its writer. One writer per
     * data directory: a second one, in this process or another, is refused ({@link JournalException.Reason#LOCKED}).
     */
    public static Journal open(Path dataDir, Clock clock, CheckpointPolicy policy) throws JournalException {
        Objects.requireNonNull(dataDir, "dataDir");
        JournalKeys keys;
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new JournalException(JournalException.Reason.READ_ONLY, "journal data directory " + dataDir
                    + " cannot be prepared: " + e.getMessage(), e);
        }
        DataDirectoryLock lock = DataDirectoryLock.take(dataDir);
        try {
            keys = JournalKeys.loadOrCreate(dataDir);
        } catch (IOException e) {
            lock.release();
            throw new JournalException(JournalException.Reason.READ_ONLY, "journal data directory " + dataDir
                    + " cannot be prepared: " + e.getMessage(), e);
        }
        JournalStore store;
        try {
            store = JournalStore.open(dataDir);
        } catch (JournalException e) {
            lock.release();
            throw e;
        }
        try {
            return new Journal(dataDir, store, keys, new JournalWriter(store, keys, clock, policy), lock);
        } catch (JournalException e) {
            store.close();
            lock.release();
            throw e;
        }
    }

    /** The data directory. */
    public Path dataDir() {
        return dataDir;
    }

    /** The store (for reads). */
    public JournalStore store() {
        return store;
    }

    /** The signing keys. */
    public JournalKeys keys() {
        return keys;
    }

    /** The writer (for appends and checkpoints). */
    public JournalWriter writer() {
        return writer;
    }

    /** Flushes what is queued, seals it with a checkpoint, and closes the database. */
    @Override
    public void close() {
        writer.close();
        store.close();
        lock.release();
    }
}
