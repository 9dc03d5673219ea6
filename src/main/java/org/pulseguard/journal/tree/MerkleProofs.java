package org.pulseguard.journal.tree;

import java.util.List;

/**
 * Verifies inclusion and consistency proofs with the algorithms of RFC 9162 sections 2.1.3.2 and
 * 2.1.4.2, from hashes alone: no tree, no store, nothing trusted but the roots given. Stateless and
 * thread-safe.
 */
public final class MerkleProofs {
    private MerkleProofs() {
    }

    /** True if {@code leafHash} is leaf {@code index} of the tree of {@code treeSize} leaves with {@code root}. */
    public static boolean verifyInclusion(long index, long treeSize, TreeHash leafHash, List<TreeHash> path, TreeHash root) {
        if (index < 0 || index >= treeSize) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        TreeHash r = leafHash;
        for (TreeHash p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = TreeHash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = TreeHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && r.equals(root);
    }

    /**
     * True if the tree of {@code oldSize} leaves with {@code oldRoot} is a prefix of the tree of
     * {@code newSize} leaves with {@code newRoot}. Equal sizes need equal roots and an empty proof;
     * an empty old tree is a prefix of every tree (its proof is empty).
     */
    public static boolean verifyConsistency(long oldSize, long newSize, TreeHash oldRoot, TreeHash newRoot,
                                            List<TreeHash> proof) {
        if (oldSize < 0 || oldSize > newSize) {
            return false;
        }
        if (oldSize == newSize) {
            return proof.isEmpty() && oldRoot.equals(newRoot);
        }
        if (oldSize == 0) {
            return proof.isEmpty() && oldRoot.equals(TreeHash.emptyRoot());
        }
        if (proof.isEmpty()) {
            return false;
        }
        int start = 0;
        TreeHash first;
        if (Long.bitCount(oldSize) == 1) {
            first = oldRoot;
        } else {
            first = proof.get(0);
            start = 1;
        }
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        TreeHash fr = first;
        TreeHash sr = first;
        for (int i = start; i < proof.size(); i++) {
            TreeHash c = proof.get(i);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = TreeHash.node(c, fr);
                sr = TreeHash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = TreeHash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && fr.equals(oldRoot) && sr.equals(newRoot);
    }
}
