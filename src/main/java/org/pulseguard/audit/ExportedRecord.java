package org.pulseguard.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pulseguard.journal.tree.TreeHash;

/**
 * One record in an export: its leaf index, its canonical JSON text (whose UTF-8 bytes are the
 * leaf's data) and its inclusion proof under the export's checkpoint.
 *
 * @param index leaf index
 * @param canonicalText the record's canonical JSON, as text
 * @param proof audit path from the leaf to the checkpoint's root (RFC 9162 2.1.3)
 */
public record ExportedRecord(long index, String canonicalText, List<TreeHash> proof) {
    /** Copies the proof. */
    public ExportedRecord {
        proof = List.copyOf(proof);
    }

    /** The leaf's data: the canonical text's UTF-8 bytes. */
    public byte[] canonicalBytes() {
        return canonicalText.getBytes(StandardCharsets.UTF_8);
    }
}
