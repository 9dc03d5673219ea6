package org.pulseguard.audit;

import java.util.List;
import java.util.Optional;
import org.pulseguard.journal.seal.SignedCheckpoint;

/**
 * What {@code audit verify} found.
 *
 * @param records records read
 * @param checkpointsVerified stored checkpoints whose signature and root were checked
 * @param latest the newest stored checkpoint, if any
 * @param unsealedRecords records after the newest checkpoint (not yet covered by a signature)
 * @param problems what is wrong, the first bad record first; empty when the journal verifies
 */
public record VerifyReport(long records, int checkpointsVerified, Optional<SignedCheckpoint> latest, long unsealedRecords,
                           List<VerifyProblem> problems) {
    /** Copies the list. */
    public VerifyReport {
        problems = List.copyOf(problems);
    }

    /** True when nothing is wrong. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
