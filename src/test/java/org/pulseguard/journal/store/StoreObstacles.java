package org.pulseguard.journal.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Real SQLite failures put in the journal writer's way, for the fail-safe tests: a full disk
 * (the database may not grow by one page: SQLITE_FULL, as when the file system is full), a
 * read-only database (SQLITE_READONLY), and another process holding the database's write lock ({@code BEGIN EXCLUSIVE} on its own
 * connection: the writer's commit waits its busy time-out and fails SQLITE_BUSY).
 */
public final class StoreObstacles {
    private StoreObstacles() {
    }

    /**
     * From now on the database cannot grow: the next commit that needs a page fails SQLITE_FULL.
     * (SQLite keeps {@code max_page_count} at least at the current size, so asking for 1 pins it there.)
     *
     * @return the pages the database is pinned at
     */
    public static long diskFull(JournalStore store) throws JournalException {
        return store.setPragma("max_page_count", 1);
    }

    /**
     * From now on SQLite refuses every write on the writer's connection with SQLITE_READONLY, the
     * code a read-only database file or file system gives. (Staging those for real does not work
     * where tests run as root: a file mode does not stop root, and an immutable file or a read-only
     * remount needs file system and container support that CI may lack.)
     */
    public static void readOnly(JournalStore store) throws JournalException {
        store.setPragma("query_only", 1);
    }

    /** How long the writer's commit waits for another connection's lock before it fails. */
    public static void busyTimeout(JournalStore store, Duration wait) throws JournalException {
        store.setPragma("busy_timeout", wait.toMillis());
    }

    /** Another connection takes the database's write lock and holds it until closed. */
    public static AutoCloseable holdWriteLock(JournalStore store) throws SQLException {
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.file());
        try (Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
        }
        return () -> {
            try (Statement s = other.createStatement()) {
                s.execute("ROLLBACK");
            } finally {
                other.close();
            }
        };
    }
}
