package org.pulseguard.journal.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch's tree nodes split by where they are kept: the leaf hashes (level 0) go into their
 * records' rows, the interior nodes into {@code tree_nodes}. Every record of the batch must come
 * with its leaf hash. Not thread-safe; one per commit.
 */
final class LeafHashes {
    private final List<RecordRow> records;
    private final Map<Long, byte[]> leaves;
    private final List<NodeRow> interior;

    private LeafHashes(List<RecordRow> records, Map<Long, byte[]> leaves, List<NodeRow> interior) {
        this.records = records;
        this.leaves = leaves;
        this.interior = interior;
    }

    static LeafHashes of(List<RecordRow> records, List<NodeRow> nodes) {
        Map<Long, byte[]> leaves = new HashMap<>();
        List<NodeRow> interior = new ArrayList<>();
        for (NodeRow node : nodes) {
            if (node.level() == 0) {
                leaves.put(node.index(), node.hash().toBytes());
            } else {
                interior.add(node);
            }
        }
        if (leaves.size() != records.size()) {
            throw new IllegalArgumentException("a batch of " + records.size() + " records comes with " + leaves.size() + " leaf hashes");
        }
        return new LeafHashes(records, leaves, interior);
    }

    /** The leaf hash of the batch's {@code i}-th record. */
    byte[] hash(int i) {
        long index = records.get(i).index();
        byte[] hash = leaves.get(index);
        if (hash == null) {
            throw new IllegalArgumentException("record " + index + " of the batch has no leaf hash");
        }
        return hash;
    }

    /** The nodes of level 1 and up. */
    List<NodeRow> interiorNodes() {
        return interior;
    }
}
