package org.pulseguard.journal.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pulseguard.journal.tree.NodeStore;
import org.pulseguard.journal.tree.RightEdge;
import org.pulseguard.journal.tree.TreeHash;

/**
 * The Merkle tree's {@link NodeStore} over the journal database: nodes of the batch being built
 * are held in memory until {@link #takePending()} hands them to the commit; the last two nodes of
 * each level (the right edge and its left siblings, all that appending needs) are cached so that
 * appending never reads the database. Reads of older nodes (roots, proofs) go to the database.
 *
 * <p>Not thread-safe: owned by the journal's writer thread.
 */
public final class JournalNodeStore implements NodeStore {
    private final JournalStore store;
    private final RightEdge rightEdge = new RightEdge();
    private final Map<Long, TreeHash> pending = new HashMap<>();
    private final List<NodeRow> pendingRows = new ArrayList<>();

    /** A node store over {@code store}, its right edge read once. */
    public static JournalNodeStore open(JournalStore store) throws JournalException {
        return new JournalNodeStore(store, store.rightEdge());
    }

    private JournalNodeStore(JournalStore store, List<NodeRow> rightEdge) {
        this.store = store;
        rightEdge.forEach(n -> this.rightEdge.stored(n.level(), n.index(), n.hash()));
    }

    @Override
    public TreeHash node(int level, long index) {
        TreeHash edge = rightEdge.find(level, index);
        if (edge != null) {
            return edge;
        }
        TreeHash p = pending.get(key(level, index));
        if (p != null) {
            return p;
        }
        try {
            return store.node(level, index).orElseThrow(() -> new IllegalStateException(
                    "journal tree node " + level + "/" + index + " is missing from " + store.file()));
        } catch (JournalException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void put(int level, long index, TreeHash hash) {
        NodeRow row = new NodeRow(level, index, hash);
        rightEdge.stored(level, index, hash);
        pending.put(key(level, index), hash);
        if (JournalStore.storesLevel(level)) {
            pendingRows.add(row);
        }
    }

    /** The nodes to store (leaf hashes, and levels the database keeps) since the last call, for the batch's commit. */
    public List<NodeRow> takePending() {
        List<NodeRow> out = List.copyOf(pendingRows);
        pendingRows.clear();
        pending.clear();
        return out;
    }

    private static long key(int level, long index) {
        return ((long) level << 56) | index;
    }
}
