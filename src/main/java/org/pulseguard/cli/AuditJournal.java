package org.pulseguard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import org.pulseguard.audit.query.ClientDirectory;
import org.pulseguard.journal.privacy.ClientKeyStore;
import org.pulseguard.journal.seal.JournalKeys;
import org.pulseguard.journal.seal.SignedCheckpoint;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.JournalStore;
import org.pulseguard.journal.store.RecordQueries;

/**
 * A data directory opened for an audit that never writes: the journal read-only, the client key
 * store read-only when there is one, and the public key read from its file (never made). Closed
 * once by the command that opened it. Not thread-safe.
 */
final class AuditJournal implements AutoCloseable {
    private final Path dir;
    private final JournalStore store;
    private final ClientKeyStore keys;

    private AuditJournal(Path dir, JournalStore store, ClientKeyStore keys) {
        this.dir = dir;
        this.store = store;
        this.keys = keys;
    }

    /** Opens {@code dir} for reading; the journal must exist. */
    static AuditJournal open(Path dir) throws JournalException {
        JournalStore store = JournalStore.openForReading(dir);
        try {
            return new AuditJournal(dir, store, ClientKeyStore.openForReading(dir).orElse(null));
        } catch (JournalException e) {
            store.close();
            throw e;
        }
    }

    JournalStore store() {
        return store;
    }

    RecordQueries records() {
        return new RecordQueries(store);
    }

    ClientDirectory clients() {
        return new ClientDirectory(keys);
    }

    /** The client token of a pseudonym, or a bad-input failure naming it. */
    String tokenOf(String pseudonym) throws JournalException, CliFailure {
        return clients().tokenOf(pseudonym).orElseThrow(() -> CliFailure.badInput("unknown-client", "--client " + pseudonym
                + ": no such pseudonym in " + dir.resolve(ClientKeyStore.FILE_NAME) + " (never treated with this journal, or erased)"));
    }

    /** The newest stored checkpoint; a failure (exit 1) when the journal has none yet. */
    SignedCheckpoint newestCheckpoint() throws JournalException, CliFailure {
        java.util.List<String> stored = store.checkpoints();
        if (stored.isEmpty()) {
            throw CliFailure.failure("no-checkpoint", "journal " + store.file() + " has no checkpoint yet: nothing is sealed");
        }
        return SignedCheckpoint.parse(stored.get(stored.size() - 1));
    }

    /** The journal's public key from {@code signing-key.pub}. */
    PublicKey publicKey() throws CliFailure {
        return readPublicKey(dir.resolve(JournalKeys.PUBLIC_KEY_FILE), "the journal's public key");
    }

    /** Reads a public key file ({@code ed25519:<base64>}); names the file when it is missing or malformed. */
    static PublicKey readPublicKey(Path file, String what) throws CliFailure {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new CliFailure(ExitStatus.IO_TROUBLE, "no-public-key", what + " " + file + " cannot be read: " + e.getMessage());
        }
        try {
            return JournalKeys.parsePublicKey(text);
        } catch (IllegalArgumentException e) {
            throw CliFailure.badInput("bad-public-key", what + " " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        store.close();
        if (keys != null) {
            keys.close();
        }
    }
}
