package org.pulseguard.journal.tree;

/**
 * Where a {@link MerkleTree} keeps the roots of its complete (perfect) subtrees: the hash of the
 * subtree at {@code level} (0 = leaves) and {@code index} covers leaves
 * {@code [index * 2^level, (index + 1) * 2^level)}. Appending a leaf stores on average two hashes,
 * and any root or proof then needs only O(log n) look-ups (the layout of Go's {@code tlog} and of
 * Crosby and Wallach's history tree).
 *
 * <p>Implementations decide thread-safety; the tree calls them from one thread at a time.
 */
public interface NodeStore {
    /** The stored hash; throws {@link IllegalStateException} if it was never stored. */
    TreeHash node(int level, long index);

    /** Stores a hash; a subtree's hash never changes once stored. */
    void put(int level, long index, TreeHash hash);
}
