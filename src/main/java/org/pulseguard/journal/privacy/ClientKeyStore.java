package org.pulseguard.journal.privacy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.pulseguard.journal.store.JournalException;
import org.sqlite.SQLiteConfig;

/**
 * The pseudonym -> client token map and each client's data key, kept apart from the journal in
 * {@code client-keys.db} (never hashed into the tree, never shipped off the site). A client token is
 * random (16 bytes, hex), so nothing about the person can be derived from it; the 256-bit AES key
 * encrypts that client's personal fields in the journal. Erasing a client deletes both with SQLite's
 * {@code secure_delete} on, so the key's bytes do not linger in free pages (crypto-shredding: the
 * journal's records stay, verifiable, and can no longer be read or linked to the person).
 *
 * <p>Thread-safe (the store's monitor guards its one connection).
 */
public final class ClientKeyStore implements AutoCloseable {
    /** The file name in the data directory. */
    public static final String FILE_NAME = "client-keys.db";

    private final Path file;
    private final Connection connection;
    private final SecureRandom random = new SecureRandom();

    private ClientKeyStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the key store in {@code dataDir}. */
    public static ClientKeyStore open(Path dataDir) throws JournalException {
        Path file = dataDir.resolve(FILE_NAME);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS client_keys (pseudonym TEXT PRIMARY KEY, client_token TEXT NOT NULL UNIQUE,"
                        + " data_key BLOB NOT NULL) WITHOUT ROWID");
            }
            return new ClientKeyStore(file, c);
        } catch (SQLException e) {
            throw new JournalException(JournalException.Reason.IO_ERROR, "client key store " + file + " cannot be opened: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing key store read-only, for audits that must not write; empty when the data
     * directory has no {@code client-keys.db} (then no client can be named or read).
     */
    public static Optional<ClientKeyStore> openForReading(Path dataDir) throws JournalException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Optional.empty();
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(2000);
        try {
            return Optional.of(new ClientKeyStore(file, DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())));
        } catch (SQLException e) {
            throw new JournalException(JournalException.Reason.IO_ERROR, "client key store " + file + " cannot be opened for reading: "
                    + e.getMessage(), e);
        }
    }

    /** The client's token and key, made on first use of the pseudonym. */
    public synchronized ClientKey keyFor(String pseudonym) throws JournalException {
        Optional<ClientKey> known = find(pseudonym);
        if (known.isPresent()) {
            return known.get();
        }
        byte[] token = new byte[16];
        byte[] key = new byte[32];
        random.nextBytes(token);
        random.nextBytes(key);
        ClientKey made = new ClientKey(HexFormat.of().formatHex(token), new SecretKeySpec(key, "AES"));
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO client_keys(pseudonym, client_token, data_key) VALUES (?, ?, ?)")) {
            p.setString(1, pseudonym);
            p.setString(2, made.token());
            p.setBytes(3, key);
            p.executeUpdate();
            return made;
        } catch (SQLException e) {
            throw new JournalException(JournalException.Reason.IO_ERROR, "client key store " + file + ": storing a new client key failed: "
                    + e.getMessage(), e);
        }
    }

    /** The client's token and key, if the pseudonym is known and not erased. */
    public synchronized Optional<ClientKey> find(String pseudonym) throws JournalException {
        return query("SELECT client_token, data_key FROM client_keys WHERE pseudonym = ?", pseudonym);
    }

    /** The key of a client token, if not erased (to read that client's personal fields). */
    public synchronized Optional<ClientKey> findByToken(String token) throws JournalException {
        return query("SELECT client_token, data_key FROM client_keys WHERE client_token = ?", token);
    }

    private Optional<ClientKey> query(String sql, String value) throws JournalException {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setString(1, value);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(new ClientKey(r.getString(1), new SecretKeySpec(r.getBytes(2), "AES"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new JournalException(JournalException.Reason.IO_ERROR, "client key store " + file + ": reading failed: " + e.getMessage(), e);
        }
    }

    /** Destroys the client's map entry and key; returns the token that was erased, if the pseudonym was known. */
    public synchronized Optional<String> erase(String pseudonym) throws JournalException {
        Optional<ClientKey> known = find(pseudonym);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM client_keys WHERE pseudonym = ?");
             Statement s = connection.createStatement()) {
            p.setString(1, pseudonym);
            p.executeUpdate();
            // Push the deletion out of the WAL into the main file, whose freed pages secure_delete zeroed.
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            return Optional.of(known.get().token());
        } catch (SQLException e) {
            throw new JournalException(JournalException.Reason.IO_ERROR, "client key store " + file + ": erasing failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to lose: keys are written at once
        }
    }
}
