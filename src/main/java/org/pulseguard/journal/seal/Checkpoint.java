package org.pulseguard.journal.seal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.pulseguard.journal.tree.TreeHash;

/**
 * What a checkpoint commits to: the journal it belongs to, its tree size and root hash, and the
 * time it was made (UTC, whole seconds). Its {@link #body()} is the exact text that is signed.
 *
 * @param journalId the journal's random id, fixed at its creation (names the site's journal)
 * @param treeSize number of records covered
 * @param root the Merkle root over those records
 * @param time when the checkpoint was made, truncated to seconds
 */
public record Checkpoint(String journalId, long treeSize, TreeHash root, Instant time) {
    /** First line of every checkpoint text; names the format and its version. */
    public static final String HEADER = "pulseguard journal checkpoint v1";

    /** Checks the fields. */
    public Checkpoint {
        Objects.requireNonNull(journalId, "journalId");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(time, "time");
        if (!journalId.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("journal id must be 32 lower-case hex digits, got '" + journalId + "'");
        }
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must not be negative, got " + treeSize);
        }
        time = time.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The signed text: five lines, each ending in LF. */
    public String body() {
        return HEADER + "\n"
                + "journal " + journalId + "\n"
                + "size " + treeSize + "\n"
                + "root " + root.hex() + "\n"
                + "time " + time + "\n";
    }

    /** The body's UTF-8 bytes, as signed. */
    public byte[] bodyBytes() {
        return body().getBytes(StandardCharsets.UTF_8);
    }
}
