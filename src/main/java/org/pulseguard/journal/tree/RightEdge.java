package org.pulseguard.journal.tree;

import java.util.HashMap;
import java.util.Map;

/**
 * The last two complete-subtree hashes stored at each level: the tree's right edge and the left
 * siblings appending pairs them with, which is all that {@link MerkleTree#append} and the current
 * root read. Node stores keep one so that appending never reads their backing storage. Not
 * thread-safe.
 */
public final class RightEdge {
    private record Node(long index, TreeHash hash) {
    }

    private final Map<Integer, Node> last = new HashMap<>();
    private final Map<Integer, Node> beforeLast = new HashMap<>();

    /** Notes a node just stored at {@code level}. */
    public void stored(int level, long index, TreeHash hash) {
        Node previous = last.put(level, new Node(index, hash));
        if (previous != null) {
            beforeLast.put(level, previous);
        }
    }

    /** The hash if it is one of the last two stored at its level, else null. */
    public TreeHash find(int level, long index) {
        for (Node n : new Node[] {last.get(level), beforeLast.get(level)}) {
            if (n != null && n.index() == index) {
                return n.hash();
            }
        }
        return null;
    }
}
