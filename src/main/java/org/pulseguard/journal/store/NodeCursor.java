package org.pulseguard.journal.store;

import java.util.List;
import java.util.Optional;

/**
 * Reads one stored level of tree nodes in index order, a chunk of {@value #CHUNK} at a time (so
 * that the verifier's record scan is not interleaved with a second statement's steps). Not
 * thread-safe; close it when done.
 */
public final class NodeCursor implements AutoCloseable {
    private static final int CHUNK = 4096;

    private final JournalStore store;
    private final int level;
    private List<NodeRow> chunk = List.of();
    private int position;
    private long nextIndex;
    private boolean exhausted;

    NodeCursor(JournalStore store, int level) {
        this.store = store;
        this.level = level;
    }

    /** The next stored node of this level, or empty at the end. */
    public Optional<NodeRow> next() throws JournalException {
        if (position == chunk.size()) {
            if (exhausted) {
                return Optional.empty();
            }
            chunk = store.nodeChunk(level, nextIndex, CHUNK);
            position = 0;
            exhausted = chunk.size() < CHUNK;
            if (chunk.isEmpty()) {
                return Optional.empty();
            }
            nextIndex = chunk.get(chunk.size() - 1).index() + 1;
        }
        return Optional.of(chunk.get(position++));
    }

    @Override
    public void close() {
        chunk = List.of();
        exhausted = true;
    }
}
