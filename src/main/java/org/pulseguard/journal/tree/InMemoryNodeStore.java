package org.pulseguard.journal.tree;

import java.util.ArrayList;
import java.util.List;

/** A {@link NodeStore} in memory: one growing list per level. Not thread-safe. */
public final class InMemoryNodeStore implements NodeStore {
    private final List<List<TreeHash>> levels = new ArrayList<>();

    @Override
    public TreeHash node(int level, long index) {
        if (level >= levels.size() || index >= levels.get(level).size()) {
            throw new IllegalStateException("no node stored at level " + level + " index " + index);
        }
        return levels.get(level).get(Math.toIntExact(index));
    }

    @Override
    public void put(int level, long index, TreeHash hash) {
        while (levels.size() <= level) {
            levels.add(new ArrayList<>());
        }
        List<TreeHash> row = levels.get(level);
        if (index != row.size()) {
            throw new IllegalStateException("nodes are stored in order: level " + level + " expects index "
                    + row.size() + ", got " + index);
        }
        row.add(hash);
    }
}
