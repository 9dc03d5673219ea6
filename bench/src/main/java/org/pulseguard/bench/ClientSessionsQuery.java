package org.pulseguard.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.pulseguard.journal.store.JournalStore;
import org.sqlite.SQLiteConfig;

/**
 * The query the journal benchmark times until the audit's own session query is plugged in: a
 * client's {@code SESSION_OPENED} records (by client token and kind) each joined with its
 * session's {@code SESSION_CLOSED} record (by session id and kind), on a read-only connection of
 * its own. A {@link Function} from client token to result, so that any other implementation can
 * take its place in {@link JournalQueryBench}. Not thread-safe; close it.
 */
final class ClientSessionsQuery implements Function<String, Object>, AutoCloseable {
    static final String SQL = "SELECT o.leaf_index, o.canonical, c.canonical FROM records o"
            + " LEFT JOIN records c ON c.session_id = o.session_id AND c.kind = 'SESSION_CLOSED'"
            + " WHERE o.client_token = ? AND o.kind = 'SESSION_OPENED' ORDER BY o.leaf_index";

    private final Connection connection;
    private final PreparedStatement statement;

    ClientSessionsQuery(Path dataDir) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(JournalStore.FILE_NAME), config.toProperties());
        statement = connection.prepareStatement(SQL);
    }

    /** One opened session and its closing record (null while open). */
    record Session(long openedAt, byte[] opened, byte[] closed) {
    }

    @Override
    public Object apply(String clientToken) {
        List<Session> sessions = new ArrayList<>();
        try {
            statement.setString(1, clientToken);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    sessions.add(new Session(r.getLong(1), r.getBytes(2), r.getBytes(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("client sessions query failed: " + e.getMessage(), e);
        }
        return sessions;
    }

    /** SQLite's plan for the query, one line per step. */
    String plan() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (PreparedStatement p = connection.prepareStatement("EXPLAIN QUERY PLAN " + SQL)) {
            p.setString(1, "x");
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.append(r.getString(4)).append("; ");
                }
            }
        }
        return out.toString();
    }

    @Override
    public void close() throws SQLException {
        statement.close();
        connection.close();
    }
}
