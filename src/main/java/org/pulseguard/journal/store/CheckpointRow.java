package org.pulseguard.journal.store;

import java.util.Objects;

/**
 * A signed checkpoint as stored: the tree size it covers and its signed text.
 *
 * @param treeSize number of records the checkpoint covers
 * @param signedText the checkpoint's signed text (docs/journal.md section 5)
 */
public record CheckpointRow(long treeSize, String signedText) {
    /** Checks the fields. */
    public CheckpointRow {
        Objects.requireNonNull(signedText, "signedText");
        if (treeSize < 0) {
            throw new IllegalArgumentException("checkpoint tree size must not be negative, got " + treeSize);
        }
    }
}
