package org.pulseguard.journal.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sqlite.SQLiteConfig;

/**
 * A scan of the records with their stored leaf hashes in which SQLite's stepping and the caller's
 * checks overlap: a reader thread on a connection of its own (read-only; WAL lets it read beside
 * any writer) fills chunks of rows, the calling thread checks them, at most two chunks ahead.
 * Profiling showed {@code audit verify} spending most of its time stepping SQLite; on two cores
 * this runs the stepping beside the hashing. Rows arrive in index order, exactly as
 * {@link JournalStore#scanWithLeafHashes} delivers them.
 */
final class PipelinedScan {
    private static final int CHUNK = 2048;
    private static final List<Row> END = List.of();

    private record Row(RecordRow record, byte[] leaf) {
    }

    private PipelinedScan() {
    }

    static void run(Path file, long from, long to, JournalStore.StoredLeafSink sink) throws JournalException {
        BlockingQueue<List<Row>> chunks = new ArrayBlockingQueue<>(2);
        JournalException[] failure = new JournalException[1];
        Thread reader = new Thread(() -> read(file, from, to, chunks, failure), "journal-verify-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                List<Row> chunk = chunks.take();
                if (chunk == END) {
                    break;
                }
                for (Row row : chunk) {
                    sink.accept(row.record(), row.leaf());
                }
            }
            reader.join();
        } catch (InterruptedException e) {
            reader.interrupt();
            Thread.currentThread().interrupt();
            throw new JournalException(JournalException.Reason.IO_ERROR, "interrupted while reading " + file, e);
        } finally {
            reader.interrupt();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static void read(Path file, long from, long to, BlockingQueue<List<Row>> chunks, JournalException[] failure) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(2000);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             PreparedStatement p = c.prepareStatement("SELECT leaf_index, canonical, kind, time_micros, session_id, client_token,"
                     + " unit_serial, leaf_hash FROM records WHERE leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index LIMIT " + CHUNK)) {
            long next = from;
            while (true) {
                List<Row> chunk = new ArrayList<>(CHUNK);
                p.setLong(1, next);
                p.setLong(2, to);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        chunk.add(new Row(JournalStore.row(r), r.getBytes(8)));
                    }
                }
                if (!chunk.isEmpty()) {
                    chunks.put(chunk);
                }
                if (chunk.size() < CHUNK) {
                    break;
                }
                next = chunk.get(chunk.size() - 1).record().index() + 1;
            }
        } catch (SQLException e) {
            failure[0] = SqliteErrors.translate(file, "reading records " + from + ".." + to, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            chunks.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
