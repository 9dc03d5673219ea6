package org.pulseguard.journal.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.pulseguard.journal.tree.TreeHash;

/** Reads one level of stored tree nodes in index order. Not thread-safe; close it. */
public final class NodeCursor implements AutoCloseable {
    private final Path file;
    private final int level;
    private final PreparedStatement statement;
    private final ResultSet rows;

    NodeCursor(Path file, int level, PreparedStatement statement, ResultSet rows) {
        this.file = file;
        this.level = level;
        this.statement = statement;
        this.rows = rows;
    }

    /** The next stored node of this level, or empty at the end. */
    public Optional<NodeRow> next() throws JournalException {
        try {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new NodeRow(level, rows.getLong(1), TreeHash.of(rows.getBytes(2))));
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "reading tree level " + level, e);
        } catch (IllegalArgumentException e) {
            throw new JournalException(JournalException.Reason.CORRUPT, "journal " + file + ": a tree node of level " + level
                    + " is not a 32-byte hash", e);
        }
    }

    @Override
    public void close() {
        try {
            rows.close();
            statement.close();
        } catch (SQLException ignored) {
            // read-only cursor: nothing to lose
        }
    }
}
