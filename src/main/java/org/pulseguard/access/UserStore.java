package org.pulseguard.access;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The service's user accounts in {@code users.db} (SQLite) beside the journal: name, role, Argon2id
 * hash, one-time-password flag, disabled flag. Accounts are disabled, never deleted (the journal
 * names them). On the first start with no account, {@link #createFirstAdmin} makes {@code admin}
 * with a random one-time password for the console. Thread-safe; close once.
 */
public final class UserStore implements AutoCloseable {
    /** The file's name in the data directory. */
    public static final String FILE_NAME = "users.db";
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Connection connection;
    private final PasswordHasher hasher;
    private final Clock clock;

    private UserStore(Path file, Connection connection, PasswordHasher hasher, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Opens (creating if needed) {@code users.db} in {@code dataDir}. */
    public static UserStore open(Path dataDir, PasswordHasher hasher, Clock clock) throws UserStoreException {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA secure_delete=ON");
                s.execute("CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL,"
                        + " must_change INTEGER NOT NULL, disabled INTEGER NOT NULL, created_micros INTEGER NOT NULL) WITHOUT ROWID");
            }
            return new UserStore(file, c, Objects.requireNonNull(hasher, "hasher"), Objects.requireNonNull(clock, "clock"));
        } catch (SQLException e) {
            throw new UserStoreException("user store " + file + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /**
     * When there is no account at all: makes {@code admin} (role ADMIN) with a random one-time
     * password that must be changed at the first login, and returns that password (to be printed
     * once on the console, never logged). Empty when accounts exist.
     */
    public synchronized Optional<String> createFirstAdmin() throws UserStoreException {
        if (!list().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        insert(new UserAccount("admin", Role.ADMIN, hasher.hash(password.toString().toCharArray()), true, false, clock.instant()));
        return Optional.of(password.toString());
    }

    /** Makes a new account; the name and password must follow {@link UserNames}; refuses a name in use. */
    public synchronized UserAccount create(String name, Role role, char[] password) throws UserStoreException {
        UserNames.checkName(name);
        UserNames.checkPassword(name, password);
        if (find(name).isPresent()) {
            throw new IllegalArgumentException("user name '" + name + "' is taken");
        }
        UserAccount account = new UserAccount(name, Objects.requireNonNull(role, "role"), hasher.hash(password), false, false,
                clock.instant());
        insert(account);
        return account;
    }

    /** The account named {@code name}, if any. */
    public synchronized Optional<UserAccount> find(String name) throws UserStoreException {
        List<UserAccount> found = select("WHERE name = ?", name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every account, by name. */
    public synchronized List<UserAccount> list() throws UserStoreException {
        return select("ORDER BY name");
    }

    /** True when {@code password} is the account's; false for an unknown or disabled account. */
    public synchronized boolean passwordMatches(String name, char[] password) throws UserStoreException {
        Optional<UserAccount> account = find(name);
        if (account.isEmpty()) {
            hasher.hash(password); // same work as a real check: no timing hint that the name is unknown
            return false;
        }
        return !account.get().disabled() && hasher.matches(password, account.get().passwordHash());
    }

    /** Sets a new password (following {@link UserNames}) and clears the one-time flag. */
    public synchronized void setPassword(String name, char[] password) throws UserStoreException {
        UserNames.checkPassword(name, password);
        update("UPDATE users SET password_hash = ?, must_change = 0 WHERE name = ?", hasher.hash(password), name);
    }

    /** Changes the account's role. */
    public synchronized void setRole(String name, Role role) throws UserStoreException {
        update("UPDATE users SET role = ? WHERE name = ?", role.name(), name);
    }

    /** Disables (or enables) the account; a disabled account cannot log in. */
    public synchronized void setDisabled(String name, boolean disabled) throws UserStoreException {
        update("UPDATE users SET disabled = ? WHERE name = ?", disabled ? 1 : 0, name);
    }

    private void insert(UserAccount a) throws UserStoreException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO users VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, a.name());
            p.setString(2, a.role().name());
            p.setString(3, a.passwordHash());
            p.setInt(4, a.mustChangePassword() ? 1 : 0);
            p.setInt(5, a.disabled() ? 1 : 0);
            Instant c = a.created();
            p.setLong(6, c.getEpochSecond() * 1_000_000 + c.getNano() / 1000);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new UserStoreException("user store " + file + ": cannot add " + a.name() + ": " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object value, String name) throws UserStoreException {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setObject(1, value);
            p.setString(2, name);
            if (p.executeUpdate() != 1) {
                throw new IllegalArgumentException("no user named '" + name + "'");
            }
        } catch (SQLException e) {
            throw new UserStoreException("user store " + file + ": cannot change " + name + ": " + e.getMessage(), e);
        }
    }

    private List<UserAccount> select(String where, Object... values) throws UserStoreException {
        try (PreparedStatement p = connection.prepareStatement("SELECT name, role, password_hash, must_change, disabled, created_micros"
                + " FROM users " + where)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            List<UserAccount> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long micros = r.getLong(6);
                    out.add(new UserAccount(r.getString(1), Role.valueOf(r.getString(2)), r.getString(3), r.getInt(4) == 1,
                            r.getInt(5) == 1, Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L)));
                }
            }
            return out;
        } catch (SQLException | IllegalArgumentException e) {
            throw new UserStoreException("user store " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to release
        }
    }
}
