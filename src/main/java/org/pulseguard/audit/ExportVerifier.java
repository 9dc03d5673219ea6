package org.pulseguard.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.pulseguard.journal.record.CanonicalScan;
import org.pulseguard.journal.record.NotCanonicalException;
import org.pulseguard.journal.record.RecordFields;
import org.pulseguard.journal.seal.JournalKeys;
import org.pulseguard.journal.tree.MerkleProofs;
import org.pulseguard.journal.tree.TreeHash;

/**
 * {@code audit verify-export}: checks an export with the journal's public key and nothing else:
 * the checkpoint's signature, and for every record its canonical form, the index it names and its
 * inclusion proof under the checkpoint's root. Stateless and thread-safe.
 */
public final class ExportVerifier {
    private ExportVerifier() {
    }

    /** Every problem found; empty when the export verifies. */
    public static List<VerifyProblem> verify(JournalExport export, PublicKey key) {
        List<VerifyProblem> problems = new ArrayList<>();
        var cp = export.checkpoint().checkpoint();
        if (!JournalKeys.verify(export.checkpoint(), key)) {
            problems.add(new VerifyProblem("checkpoint at size " + cp.treeSize(), "signature does not verify under key "
                    + JournalKeys.keyId(key) + " (signed as key " + export.checkpoint().keyId() + ")"));
            return problems;
        }
        for (ExportedRecord r : export.records()) {
            String where = "record " + r.index();
            byte[] bytes = r.canonicalBytes();
            Object named;
            try {
                named = CanonicalScan.check(bytes).get(RecordFields.INDEX);
            } catch (NotCanonicalException e) {
                problems.add(new VerifyProblem(where, "is not canonical JSON: " + e.getMessage()));
                continue;
            }
            if (!Long.valueOf(r.index()).equals(named)) {
                problems.add(new VerifyProblem(where, "names index " + named));
                continue;
            }
            if (!MerkleProofs.verifyInclusion(r.index(), cp.treeSize(), TreeHash.leaf(bytes), r.proof(), cp.root())) {
                problems.add(new VerifyProblem(where, "is not included under the checkpoint's root: the record or its proof was changed"));
            }
        }
        return problems;
    }
}
