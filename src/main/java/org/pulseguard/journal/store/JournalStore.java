package org.pulseguard.journal.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.pulseguard.journal.tree.TreeHash;
import org.sqlite.SQLiteConfig;

/**
 * The journal's SQLite database ({@code journal.db} in the data directory): records with their
 * canonical bytes, leaf hashes and derived columns, the Merkle tree's complete subtrees of four
 * leaves and more ({@code tree_nodes}), and the signed checkpoints. WAL mode with {@code synchronous=FULL}, so a committed batch survives a crash or
 * power loss. Records and tree nodes of a batch are committed in one transaction, so the tree is
 * never ahead of or behind its records.
 *
 * <p>Thread-safe: every method holds the store's monitor (one connection). Readers in another
 * process open their own store ({@link #openForReading}); WAL lets them read while this one writes.
 */
public final class JournalStore implements AutoCloseable {
    /** The database file's name in the data directory. */
    public static final String FILE_NAME = "journal.db";


    private final Path file;
    private final Connection connection;
    private final String journalId;

    private JournalStore(Path file, Connection connection, String journalId) {
        this.file = file;
        this.connection = connection;
        this.journalId = journalId;
    }

    /** Opens (creating if needed) the journal in {@code dataDir} for writing. */
    public static JournalStore open(Path dataDir) throws JournalException {
        return open(dataDir, false);
    }

    /** Opens an existing journal read-only (for audits); refuses a directory without one. */
    public static JournalStore openForReading(Path dataDir) throws JournalException {
        return open(dataDir, true);
    }

    private static JournalStore open(Path dataDir, boolean readOnly) throws JournalException {
        Path file = dataDir.resolve(FILE_NAME);
        if (readOnly && !Files.isRegularFile(file)) {
            throw new JournalException(JournalException.Reason.IO_ERROR, "no journal at " + file
                    + " (is --data the directory the service or demo wrote to?)", null);
        }
        SQLiteConfig config = new SQLiteConfig();
        if (readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(2000);
        config.setReadOnly(readOnly);
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            if (!readOnly) {
                try (Statement s = c.createStatement()) {
                    // The page size takes effect only while the file is new, so it is set before WAL fixes it.
                    s.execute("PRAGMA page_size=" + Schema.PAGE_SIZE);
                    s.execute("PRAGMA journal_mode=WAL");
                }
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "opening", e);
        }
        try {
            String id = readOnly ? Schema.check(file, c) : Schema.createOrCheck(file, c);
            return new JournalStore(file, c, id);
        } catch (JournalException e) {
            closeQuietly(c);
            throw e;
        } catch (SQLException e) {
            closeQuietly(c);
            throw SqliteErrors.translate(file, "reading the schema", e);
        }
    }

    /** The journal's random id (32 hex digits), fixed when it was created. */
    public String journalId() {
        return journalId;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** Number of records (the tree size). */
    public synchronized long size() throws JournalException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(leaf_index) + 1, 0) FROM records")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "counting records", e);
        }
    }

    /** The last node of each level (the tree's right edge), indexed by level. */
    public synchronized List<NodeRow> rightEdge() throws JournalException {
        try {
            return TreeNodeQueries.rightEdge(connection);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "reading the tree's right edge", e);
        } catch (IllegalArgumentException e) {
            throw new JournalException(JournalException.Reason.CORRUPT, "journal " + file + ": a stored hash is not 32 bytes", e);
        }
    }

    /**
     * True if the database holds the tree's nodes of {@code level} (leaf hashes and level
     * {@value Schema#FIRST_NODE_LEVEL} up); level 1 is recomputed from pairs of leaf hashes.
     */
    public static boolean storesLevel(int level) {
        return TreeNodeQueries.stored(level);
    }

    /** A subtree hash (stored, or for level 1 recomputed from its two stored leaf hashes), if present. */
    public synchronized Optional<TreeHash> node(int level, long index) throws JournalException {
        try {
            return TreeNodeQueries.node(connection, level, index);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "reading tree node " + level + "/" + index, e);
        }
    }

    /**
     * Commits a batch in one durable transaction: its records, the tree nodes they complete, and a
     * checkpoint if one is given. On failure nothing of the batch is stored.
     */
    public synchronized void commit(List<RecordRow> records, List<NodeRow> nodes, String checkpointText, long checkpointSize)
            throws JournalException {
        commit(records, nodes, checkpointText == null ? List.of() : List.of(new CheckpointRow(checkpointSize, checkpointText)));
    }

    /**
     * Commits a batch with any number of checkpoints in one durable transaction (a bulk load seals
     * every 1,000 records but commits far less often). On failure nothing of the batch is stored.
     */
    public synchronized void commit(List<RecordRow> records, List<NodeRow> nodes, List<CheckpointRow> checkpoints)
            throws JournalException {
        try {
            connection.setAutoCommit(false);
            LeafHashes leaves = LeafHashes.of(records, nodes);
            try (PreparedStatement r = connection.prepareStatement("INSERT INTO records(leaf_index, canonical, leaf_hash, kind, time_micros,"
                    + " session_id, client_token, unit_serial) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement n = connection.prepareStatement("INSERT INTO tree_nodes(level, idx, hash) VALUES (?, ?, ?)")) {
                for (int i = 0; i < records.size(); i++) {
                    RecordRow row = records.get(i);
                    IndexColumns c = row.columns();
                    r.setLong(1, row.index());
                    r.setBytes(2, row.canonical());
                    r.setBytes(3, leaves.hash(i));
                    r.setString(4, c.kind());
                    r.setLong(5, c.timeMicros());
                    r.setString(6, c.sessionId());
                    r.setString(7, c.clientToken());
                    r.setString(8, c.unitSerial());
                    r.addBatch();
                }
                r.executeBatch();
                for (NodeRow node : leaves.interiorNodes()) {
                    n.setInt(1, node.level());
                    n.setLong(2, node.index());
                    n.setBytes(3, node.hash().toBytes());
                    n.addBatch();
                }
                n.executeBatch();
            }
            for (CheckpointRow checkpoint : checkpoints) {
                insertCheckpoint(checkpoint.treeSize(), checkpoint.signedText());
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqliteErrors.translate(file, "writing " + records.size() + " records", e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable: the next call reports it
            }
        }
    }

    /** Stores a signed checkpoint on its own (e.g. at session close with no new records). */
    public synchronized void addCheckpoint(long treeSize, String signedText) throws JournalException {
        try {
            insertCheckpoint(treeSize, signedText);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "storing the checkpoint at size " + treeSize, e);
        }
    }

    private void insertCheckpoint(long treeSize, String signedText) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT OR REPLACE INTO checkpoints(tree_size, signed_text) VALUES (?, ?)")) {
            p.setLong(1, treeSize);
            p.setString(2, signedText);
            p.executeUpdate();
        }
    }

    /** Every stored checkpoint's text, by tree size ascending. */
    public synchronized List<String> checkpoints() throws JournalException {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT signed_text FROM checkpoints ORDER BY tree_size")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "reading checkpoints", e);
        }
    }

    /** Streams records with {@code from <= index < to} in index order. */
    public synchronized void scan(long from, long to, Consumer<RecordRow> sink) throws JournalException {
        try (PreparedStatement p = connection.prepareStatement("SELECT leaf_index, canonical, kind, time_micros, session_id, client_token,"
                + " unit_serial FROM records WHERE leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index")) {
            p.setLong(1, from);
            p.setLong(2, to);
            p.setFetchSize(4096);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sink.accept(row(r));
                }
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "reading records " + from + ".." + to, e);
        }
    }

    /** A record as stored together with the leaf hash stored beside it (for verification). */
    @FunctionalInterface
    public interface StoredLeafSink {
        /** Receives one record and the leaf hash its row holds (as stored: any length, unchecked). */
        void accept(RecordRow row, byte[] storedLeafHash);
    }

    /**
     * Streams records with {@code from <= index < to} in index order with the leaf hash stored in
     * each row (the verifier's read). A reader thread on its own read-only connection steps SQLite in
     * chunks while the sink checks the previous chunk ({@link PipelinedScan}).
     */
    public synchronized void scanWithLeafHashes(long from, long to, StoredLeafSink sink) throws JournalException {
        PipelinedScan.run(file, from, to, sink);
    }

    /** Streams every stored tree node of a level in index order (for verification); see {@link #storesLevel}. */
    public synchronized void scanNodes(int level, Consumer<NodeRow> sink) throws JournalException {
        try (PreparedStatement p = TreeNodeQueries.levelInOrder(connection, level)) {
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sink.accept(new NodeRow(level, r.getLong(1), TreeHash.of(r.getBytes(2))));
                }
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "reading tree level " + level, e);
        }
    }

    /**
     * A cursor over one level's stored tree nodes in index order, for verification (see
     * {@link #storesLevel}); it reads them in chunks, so several may be open at once.
     */
    public NodeCursor nodeCursor(int level) {
        if (!storesLevel(level)) {
            throw new IllegalArgumentException("tree level " + level + " is not stored: it is recomputed from the leaf hashes");
        }
        return new NodeCursor(this, level);
    }

    /** Up to {@code limit} stored nodes of {@code level} from index {@code from} on, in index order. */
    synchronized List<NodeRow> nodeChunk(int level, long from, int limit) throws JournalException {
        try {
            return TreeNodeQueries.levelChunk(connection, level, from, limit);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "reading tree level " + level, e);
        } catch (IllegalArgumentException e) {
            throw new JournalException(JournalException.Reason.CORRUPT, "journal " + file + ": a tree node of level " + level
                    + " is not a 32-byte hash", e);
        }
    }

    /**
     * Records selected by a WHERE clause over the derived columns, in index order. Internal to the
     * journal's query classes: {@code where} is fixed text from this package, values are bound.
     */
    synchronized List<RecordRow> select(String where, Object... values) throws JournalException {
        List<RecordRow> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT leaf_index, canonical, kind, time_micros, session_id, client_token,"
                + " unit_serial FROM records WHERE " + where + " ORDER BY leaf_index")) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(row(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "querying records", e);
        }
    }

    /**
     * Sets an integer {@code PRAGMA} on this store's own connection and returns the value SQLite
     * then reports. For the fail-safe tests in this package, which make the writer meet real
     * SQLite failures ({@code max_page_count}: SQLITE_FULL, as on a full disk; {@code busy_timeout}:
     * how long a commit waits for another connection's lock); not part of the journal's API.
     */
    synchronized long setPragma(String name, long value) throws JournalException {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a pragma name: " + name);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA " + name + " = " + value);
            try (ResultSet r = s.executeQuery("PRAGMA " + name)) {
                return r.next() ? r.getLong(1) : value;
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "setting PRAGMA " + name, e);
        }
    }

    static RecordRow row(ResultSet r) throws SQLException {
        return new RecordRow(r.getLong(1), r.getBytes(2), new IndexColumns(r.getString(3), r.getLong(4), r.getString(5),
                r.getString(6), r.getString(7)));
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is what is reported
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure: the failure is what is reported
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }
}
