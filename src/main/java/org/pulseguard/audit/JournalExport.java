package org.pulseguard.audit;

import java.util.List;
import org.pulseguard.journal.seal.SignedCheckpoint;

/**
 * A set of records cut out of a journal with what a third party needs to check them with the
 * journal's public key alone: the signed checkpoint they hang on and an inclusion proof for each.
 * It shows nothing of the records left out but hashes.
 *
 * @param checkpoint the signed checkpoint every proof leads to
 * @param records the exported records, by index
 */
public record JournalExport(SignedCheckpoint checkpoint, List<ExportedRecord> records) {
    /** The format name written into every export. */
    public static final String FORMAT = "pulseguard-journal-export-v1";

    /** Copies the list. */
    public JournalExport {
        records = List.copyOf(records);
    }
}
