package org.pulseguard.journal.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An append-only Merkle tree in the RFC 6962 / RFC 9162 style over the journal's records: roots
 * (MTH), inclusion proofs (PATH) and consistency proofs (PROOF) for any earlier tree size, computed
 * from the complete subtrees kept in a {@link NodeStore}. The algorithms are those of RFC 6962
 * section 2.1; {@link MerkleProofs} verifies what this class produces.
 *
 * <p>Not thread-safe: one writer appends; readers that need a stable view work on a size they
 * captured (earlier roots and proofs never change).
 */
public final class MerkleTree {
    private final NodeStore store;
    private long size;

    /**
     * @param store where complete subtrees are kept
     * @param size how many leaves the store already holds (0 for a new tree)
     */
    public MerkleTree(NodeStore store, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative, got " + size);
        }
        this.store = Objects.requireNonNull(store, "store");
        this.size = size;
    }

    /** Number of leaves. */
    public long size() {
        return size;
    }

    /** Appends a leaf hash; returns its index. */
    public long append(TreeHash leafHash) {
        long index = size;
        store.put(0, index, Objects.requireNonNull(leafHash, "leafHash"));
        TreeHash hash = leafHash;
        int level = 0;
        long i = index;
        while ((i & 1) == 1) {
            hash = TreeHash.node(store.node(level, i - 1), hash);
            level++;
            i >>= 1;
            store.put(level, i, hash);
        }
        size = index + 1;
        return index;
    }

    /** The root of the first {@code treeSize} leaves (MTH). */
    public TreeHash root(long treeSize) {
        checkSize(treeSize);
        return treeSize == 0 ? TreeHash.emptyRoot() : subtree(0, treeSize);
    }

    /** The leaf hash at {@code index}. */
    public TreeHash leaf(long index) {
        checkIndex(index, size);
        return store.node(0, index);
    }

    /** The audit path of leaf {@code index} in the tree of {@code treeSize} leaves (RFC 6962 2.1.1). */
    public List<TreeHash> inclusionProof(long index, long treeSize) {
        checkSize(treeSize);
        checkIndex(index, treeSize);
        List<TreeHash> path = new ArrayList<>();
        inclusion(index, 0, treeSize, path);
        return List.copyOf(path);
    }

    /** The proof that the tree of {@code oldSize} leaves is a prefix of the one of {@code newSize} (RFC 6962 2.1.2). */
    public List<TreeHash> consistencyProof(long oldSize, long newSize) {
        checkSize(newSize);
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException("old size " + oldSize + " must be between 0 and the new size " + newSize);
        }
        if (oldSize == 0 || oldSize == newSize) {
            return List.of();
        }
        List<TreeHash> proof = new ArrayList<>();
        subproof(oldSize, 0, newSize, true, proof);
        return List.copyOf(proof);
    }

    private void inclusion(long index, long lo, long hi, List<TreeHash> out) {
        if (hi - lo == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(hi - lo);
        if (index < lo + k) {
            inclusion(index, lo, lo + k, out);
            out.add(subtree(lo + k, hi));
        } else {
            inclusion(index, lo + k, hi, out);
            out.add(subtree(lo, lo + k));
        }
    }

    private void subproof(long m, long lo, long hi, boolean wholeOldTree, List<TreeHash> out) {
        long n = hi - lo;
        if (m == n) {
            if (!wholeOldTree) {
                out.add(subtree(lo, hi));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, lo, lo + k, wholeOldTree, out);
            out.add(subtree(lo + k, hi));
        } else {
            subproof(m - k, lo + k, hi, false, out);
            out.add(subtree(lo, lo + k));
        }
    }

    /** MTH of leaves [lo, hi), hi > lo: complete subtrees come from the store, the rest is split as in the RFC. */
    private TreeHash subtree(long lo, long hi) {
        long n = hi - lo;
        if (Long.bitCount(n) == 1 && lo % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return store.node(level, lo >> level);
        }
        long k = largestPowerOfTwoBelow(n);
        return TreeHash.node(subtree(lo, lo + k), subtree(lo + k, hi));
    }

    /** The largest power of two strictly smaller than n (n >= 2). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private void checkSize(long treeSize) {
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException("tree size " + treeSize + " is outside 0.." + size);
        }
    }

    private static void checkIndex(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf index " + index + " is outside 0.." + (treeSize - 1));
        }
    }
}
