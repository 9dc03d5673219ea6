package org.pulseguard.journal.seal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import org.pulseguard.journal.tree.TreeHash;

/**
 * A checkpoint with its Ed25519 signature, in the short text a safety officer prints, e-mails or
 * keeps off the machine:
 * <pre>
 * pulseguard journal checkpoint v1
 * journal 0f3c...        (32 hex digits)
 * size 1204
 * root 5e2a...           (64 hex digits)
 * time 2026-12-08T14:03:11Z
 * key 1f2e3d4c5b6a7988   (first 8 bytes of SHA-256 of the raw public key, hex)
 * signature MEUCIQ...    (base64 of the 64-byte Ed25519 signature over the first five lines)
 * </pre>
 *
 * @param checkpoint what is signed
 * @param keyId the signing key's id ({@link JournalKeys#keyId})
 * @param signature the 64-byte signature over {@link Checkpoint#bodyBytes()}
 */
public record SignedCheckpoint(Checkpoint checkpoint, String keyId, byte[] signature) {
    /** Checks the fields. */
    public SignedCheckpoint {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(keyId, "keyId");
        signature = Objects.requireNonNull(signature, "signature").clone();
        if (signature.length != 64) {
            throw new IllegalArgumentException("an Ed25519 signature has 64 bytes, got " + signature.length);
        }
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The seven-line text. */
    public String text() {
        return checkpoint.body() + "key " + keyId + "\n" + "signature " + Base64.getEncoder().encodeToString(signature) + "\n";
    }

    /** Parses the seven-line text; throws {@link IllegalArgumentException} naming the line that is wrong. */
    public static SignedCheckpoint parse(String text) {
        String[] lines = text.strip().split("\r?\n");
        if (lines.length != 7) {
            throw new IllegalArgumentException("a checkpoint has 7 lines, this text has " + lines.length);
        }
        if (!lines[0].equals(Checkpoint.HEADER)) {
            throw new IllegalArgumentException("line 1 must be '" + Checkpoint.HEADER + "', got '" + lines[0] + "'");
        }
        String journal = field(lines, 1, "journal");
        long size;
        try {
            size = Long.parseLong(field(lines, 2, "size"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line 3: size is not a whole number: '" + lines[2] + "'");
        }
        TreeHash root = TreeHash.ofHex(field(lines, 3, "root"));
        Instant time;
        try {
            time = Instant.parse(field(lines, 4, "time"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line 5: time is not an ISO-8601 UTC instant: '" + lines[4] + "'");
        }
        String key = field(lines, 5, "key");
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(field(lines, 6, "signature"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line 7: signature is not base64");
        }
        return new SignedCheckpoint(new Checkpoint(journal, size, root, time), key, signature);
    }

    private static String field(String[] lines, int index, String name) {
        String prefix = name + " ";
        if (!lines[index].startsWith(prefix)) {
            throw new IllegalArgumentException("line " + (index + 1) + " must start with '" + prefix + "', got '" + lines[index] + "'");
        }
        return lines[index].substring(prefix.length()).strip();
    }
}
