package org.pulseguard.journal.store;

import org.pulseguard.journal.tree.TreeHash;

/**
 * A stored complete-subtree hash of the Merkle tree.
 *
 * @param level 0 for leaves
 * @param index position at that level
 * @param hash the subtree's root
 */
public record NodeRow(int level, long index, TreeHash hash) {
}
