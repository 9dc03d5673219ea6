package org.pulseguard.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pulseguard.journal.seal.SignedCheckpoint;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.JournalNodeStore;
import org.pulseguard.journal.store.JournalStore;
import org.pulseguard.journal.store.RecordRow;
import org.pulseguard.journal.tree.MerkleTree;

/**
 * Builds a {@link JournalExport} from chosen records of a journal: proofs are computed from the
 * stored tree nodes under the newest stored checkpoint; records after that checkpoint are not yet
 * sealed and cannot be exported (the caller asks for a checkpoint first). Stateless.
 */
public final class ExportBuilder {
    private ExportBuilder() {
    }

    /** The export of {@code rows} (already selected, any order) under {@code checkpoint}. */
    public static JournalExport build(JournalStore store, SignedCheckpoint checkpoint, List<RecordRow> rows) throws JournalException {
        long size = checkpoint.checkpoint().treeSize();
        MerkleTree tree = new MerkleTree(JournalNodeStore.open(store), store.size());
        List<ExportedRecord> out = new ArrayList<>();
        for (RecordRow row : rows.stream().sorted(java.util.Comparator.comparingLong(RecordRow::index)).toList()) {
            if (row.index() >= size) {
                break;
            }
            try {
                out.add(new ExportedRecord(row.index(), new String(row.canonical(), StandardCharsets.UTF_8), tree.inclusionProof(row.index(), size)));
            } catch (IllegalStateException missingNode) {
                throw new JournalException(JournalException.Reason.CORRUPT, "journal " + store.file() + ": cannot prove record "
                        + row.index() + ": " + missingNode.getMessage() + " (run audit verify)", missingNode);
            }
        }
        return new JournalExport(checkpoint, out);
    }
}
