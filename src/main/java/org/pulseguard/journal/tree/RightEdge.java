package org.pulseguard.journal.tree;

/**
 * The last two complete-subtree hashes stored at each level: the tree's right edge and the left
 * siblings appending pairs them with, which is all that {@link MerkleTree#append} and the current
 * root read. Node stores keep one so that appending never reads their backing storage. Plain
 * arrays by level (a tree of 2^63 leaves has 64 levels): appending touches it twice per record.
 * Not thread-safe.
 */
public final class RightEdge {
    private static final int LEVELS = 64;

    private final long[] lastIndex = new long[LEVELS];
    private final TreeHash[] lastHash = new TreeHash[LEVELS];
    private final long[] beforeLastIndex = new long[LEVELS];
    private final TreeHash[] beforeLastHash = new TreeHash[LEVELS];

    /** Notes a node just stored at {@code level}. */
    public void stored(int level, long index, TreeHash hash) {
        beforeLastIndex[level] = lastIndex[level];
        beforeLastHash[level] = lastHash[level];
        lastIndex[level] = index;
        lastHash[level] = hash;
    }

    /** The hash if it is one of the last two stored at its level, else null. */
    public TreeHash find(int level, long index) {
        if (lastHash[level] != null && lastIndex[level] == index) {
            return lastHash[level];
        }
        if (beforeLastHash[level] != null && beforeLastIndex[level] == index) {
            return beforeLastHash[level];
        }
        return null;
    }
}
