package org.pulseguard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import org.pulseguard.journal.seal.JournalKeys;

/**
 * A public key given on the command line: the text {@code ed25519:<base64>} itself, or the path of
 * a file holding it (such as a journal's {@code signing-key.pub}). Stateless.
 */
final class PublicKeyOption {
    private PublicKeyOption() {
    }

    /** Parses {@code value} given as {@code option}; bad input names both. */
    static PublicKey parse(String value, String option) throws CliFailure {
        if (value.strip().startsWith("ed25519:")) {
            try {
                return JournalKeys.parsePublicKey(value);
            } catch (IllegalArgumentException e) {
                throw CliFailure.badInput("bad-public-key", option + " " + value + ": " + e.getMessage());
            }
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw CliFailure.badInput("bad-public-key", option + " " + value + ": neither a public key (ed25519:<base64>) nor a file");
        }
        return AuditJournal.readPublicKey(file, option);
    }
}
