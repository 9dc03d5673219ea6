package org.pulseguard.journal.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pulseguard.journal.tree.TreeHash;

/**
 * Reads the Merkle tree's complete subtrees from where the journal keeps them: level 0 (leaf
 * hashes) in {@code records.leaf_hash}; level 1 (a pair of leaves) nowhere, recomputed from its two
 * leaf hashes; level {@link Schema#FIRST_NODE_LEVEL} and up in {@code tree_nodes}. Used under the
 * {@link JournalStore}'s monitor, on its connection. Stateless.
 */
final class TreeNodeQueries {
    private TreeNodeQueries() {
    }

    /** True for the levels the database holds (so a verifier can compare them). */
    static boolean stored(int level) {
        return level == 0 || level >= Schema.FIRST_NODE_LEVEL;
    }

    /** A statement listing a stored level's nodes as (idx, hash) in index order. */
    static PreparedStatement levelInOrder(Connection c, int level) throws SQLException {
        if (!stored(level)) {
            throw new IllegalArgumentException("tree level " + level + " is not stored: it is recomputed from the leaf hashes");
        }
        if (level == 0) {
            return c.prepareStatement("SELECT leaf_index, leaf_hash FROM records ORDER BY leaf_index");
        }
        PreparedStatement p = c.prepareStatement("SELECT idx, hash FROM tree_nodes WHERE level=? ORDER BY idx");
        p.setInt(1, level);
        return p;
    }

    /**
     * Up to {@code limit} nodes of a stored level from index {@code from} on, in index order: the
     * verifier reads nodes in chunks, because stepping a second statement between the steps of its
     * record scan costs more than the reads themselves.
     */
    static List<NodeRow> levelChunk(Connection c, int level, long from, int limit) throws SQLException {
        if (!stored(level)) {
            throw new IllegalArgumentException("tree level " + level + " is not stored: it is recomputed from the leaf hashes");
        }
        String sql = level == 0 ? "SELECT leaf_index, leaf_hash FROM records WHERE leaf_index >= ? ORDER BY leaf_index LIMIT ?"
                : "SELECT idx, hash FROM tree_nodes WHERE level=? AND idx >= ? ORDER BY idx LIMIT ?";
        List<NodeRow> out = new ArrayList<>(Math.min(limit, 4096));
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            if (level > 0) {
                p.setInt(i++, level);
            }
            p.setLong(i++, from);
            p.setInt(i, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new NodeRow(level, r.getLong(1), TreeHash.of(r.getBytes(2))));
                }
            }
        }
        return out;
    }

    /** The last node of each level (the tree's right edge), by level, up to the highest level present. */
    static List<NodeRow> rightEdge(Connection c) throws SQLException {
        List<NodeRow> edge = new ArrayList<>();
        try (PreparedStatement leaves = c.prepareStatement("SELECT leaf_index, leaf_hash FROM records ORDER BY leaf_index DESC LIMIT 1");
             ResultSet r = leaves.executeQuery()) {
            if (!r.next()) {
                return edge;
            }
            long size = r.getLong(1) + 1;
            edge.add(new NodeRow(0, size - 1, TreeHash.of(r.getBytes(2))));
            if (size >= 2) {
                long pair = size / 2 - 1;
                edge.add(new NodeRow(1, pair, pair(c, pair).orElseThrow(() -> new SQLException("leaf hashes of pair " + pair + " missing"))));
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT idx, hash FROM tree_nodes WHERE level=? ORDER BY idx DESC LIMIT 1")) {
            for (int level = Schema.FIRST_NODE_LEVEL; level < 64; level++) {
                p.setInt(1, level);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        break;
                    }
                    edge.add(new NodeRow(level, r.getLong(1), TreeHash.of(r.getBytes(2))));
                }
            }
        }
        return edge;
    }

    /** The subtree hash at (level, index), if the journal holds what it needs. */
    static Optional<TreeHash> node(Connection c, int level, long index) throws SQLException {
        if (level == 1) {
            return pair(c, index);
        }
        String sql = level == 0 ? "SELECT leaf_hash FROM records WHERE leaf_index=?" : "SELECT hash FROM tree_nodes WHERE level=? AND idx=?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (level == 0) {
                p.setLong(1, index);
            } else {
                p.setInt(1, level);
                p.setLong(2, index);
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(TreeHash.of(r.getBytes(1))) : Optional.empty();
            }
        }
    }

    /** The level-1 node over leaves 2i and 2i+1, from their stored leaf hashes. */
    private static Optional<TreeHash> pair(Connection c, long index) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT leaf_hash FROM records WHERE leaf_index IN (?, ?) ORDER BY leaf_index")) {
            p.setLong(1, 2 * index);
            p.setLong(2, 2 * index + 1);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                TreeHash left = TreeHash.of(r.getBytes(1));
                return r.next() ? Optional.of(TreeHash.node(left, TreeHash.of(r.getBytes(1)))) : Optional.empty();
            }
        }
    }
}
