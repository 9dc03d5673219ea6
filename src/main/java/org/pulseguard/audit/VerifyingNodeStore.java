package org.pulseguard.audit;

import java.util.HashMap;
import java.util.Map;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.JournalStore;
import org.pulseguard.journal.store.NodeCursor;
import org.pulseguard.journal.store.NodeRow;
import org.pulseguard.journal.tree.NodeStore;
import org.pulseguard.journal.tree.RightEdge;
import org.pulseguard.journal.tree.TreeHash;

/**
 * The verifier's {@link NodeStore}: keeps only the tree's right edge (the last two nodes of each
 * level), which is all that appending and the current root need, so a journal of any size is
 * verified in constant memory; every node the recomputation produces is compared with the node
 * the database stored: leaf hashes as the verifier reads them with their records
 * ({@link #expectLeaf}), the levels above read level by level in order. Not thread-safe.
 */
final class VerifyingNodeStore implements NodeStore, AutoCloseable {
    private final JournalStore store;
    private final RightEdge rightEdge = new RightEdge();
    private final Map<Integer, NodeCursor> cursors = new HashMap<>();
    private String mismatch;
    private byte[] storedLeaf;

    VerifyingNodeStore(JournalStore store) {
        this.store = store;
    }

    @Override
    public TreeHash node(int level, long index) {
        TreeHash edge = rightEdge.find(level, index);
        if (edge != null) {
            return edge;
        }
        throw new IllegalStateException("verifier asked for node " + level + "/" + index + " off the right edge");
    }

    /** The leaf hash stored with the record about to be appended (leaf hashes are read with their records, not by a cursor). */
    void expectLeaf(byte[] storedLeafHash) {
        this.storedLeaf = storedLeafHash;
    }

    @Override
    public void put(int level, long index, TreeHash hash) {
        rightEdge.stored(level, index, hash);
        if (mismatch == null && level == 0) {
            if (storedLeaf == null || !hash.equalsBytes(storedLeaf)) {
                mismatch = "changed after it was written: its hash differs from the leaf hash stored with it";
            }
            storedLeaf = null;
        } else if (mismatch == null && JournalStore.storesLevel(level)) {
            compareWithStored(new NodeRow(level, index, hash));
        }
    }

    private void compareWithStored(NodeRow computed) {
        try {
            NodeCursor cursor = cursors.get(computed.level());
            if (cursor == null) {
                cursor = store.nodeCursor(computed.level());
                cursors.put(computed.level(), cursor);
            }
            var stored = cursor.next();
            if (stored.isEmpty()) {
                mismatch = "tree node " + computed.level() + "/" + computed.index() + " is missing from the database";
            } else if (stored.get().index() != computed.index()) {
                mismatch = "tree node " + computed.level() + "/" + computed.index() + " is missing (the next stored one is "
                        + computed.level() + "/" + stored.get().index() + ")";
            } else if (!stored.get().hash().equals(computed.hash())) {
                mismatch = "tree node " + computed.level() + "/" + computed.index() + " differs from the hash of the records below it";
            }
        } catch (JournalException e) {
            mismatch = e.getMessage();
        }
    }

    /** The first stored node that did not match, if any. */
    String mismatch() {
        return mismatch;
    }

    @Override
    public void close() {
        cursors.values().forEach(NodeCursor::close);
    }
}
