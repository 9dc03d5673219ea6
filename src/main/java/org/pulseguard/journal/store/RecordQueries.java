package org.pulseguard.journal.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Read-only selections of journal records by their indexed columns, for the safety officer's
 * audit: each method is one SELECT that an index of {@code records} answers without reading the
 * other records (no method here ever walks the whole table). Results come in leaf index order.
 * The indexes each method wants are named on it; docs/journal.md ("Audit queries") lists them.
 *
 * <p>Thread-safe as its {@link JournalStore} is.
 */
public final class RecordQueries {
    /** SQLite's default limit on bound parameters is 999 (32766 since 3.32); stay well below. */
    private static final int CHUNK = 400;

    private final JournalStore store;

    /** Queries over {@code store} (opened for reading, normally). */
    public RecordQueries(JournalStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Records of these kinds with {@code from <= time_micros < to}. Index: {@code (kind, time_micros)},
     * which leaves the pulse kinds out ({@link Schema#NOT_PULSES}): SQLite uses a partial index only
     * when the query repeats its condition, so it is added whenever no pulse kind is asked for; a
     * query for pulse kinds by time reads the table.
     */
    public List<RecordRow> byKinds(Collection<String> kinds, long fromMicros, long toMicros) throws JournalException {
        boolean pulses = kinds.stream().anyMatch(k -> k.equals("PULSE") || k.equals("PULSES_COUNTED"));
        return store.select("kind IN (" + marks(kinds.size()) + ") AND time_micros >= ? AND time_micros < ?"
                + (pulses ? "" : " AND " + Schema.NOT_PULSES), values(kinds, fromMicros, toMicros));
    }

    /**
     * Records of one client token and these kinds with {@code from <= time_micros < to}.
     * Index: {@code (client_token, kind)}. (The unary {@code +} keeps the time out of index choice:
     * without statistics SQLite would otherwise prefer {@code (kind, time_micros)} and read every
     * client's records of the kind.)
     */
    public List<RecordRow> byClient(String clientToken, Collection<String> kinds, long fromMicros, long toMicros)
            throws JournalException {
        return store.select("client_token = ? AND kind IN (" + marks(kinds.size()) + ") AND +time_micros >= ? AND +time_micros < ?",
                values(List.of(clientToken), kinds, fromMicros, toMicros));
    }

    /** Records of these client tokens and these kinds, any time. Index: {@code (client_token, kind)}. */
    public List<RecordRow> byClients(Collection<String> clientTokens, Collection<String> kinds) throws JournalException {
        return inChunks(clientTokens, chunk -> store.select("client_token IN (" + marks(chunk.size()) + ") AND kind IN ("
                + marks(kinds.size()) + ")", values(chunk, kinds)));
    }

    /**
     * Records of one unit serial and these kinds with {@code from <= time_micros < to}.
     * Index: {@code (unit_serial, kind, time_micros)}.
     */
    public List<RecordRow> byUnit(String unitSerial, Collection<String> kinds, long fromMicros, long toMicros)
            throws JournalException {
        return store.select("unit_serial = ? AND kind IN (" + marks(kinds.size()) + ") AND time_micros >= ? AND time_micros < ?",
                values(List.of(unitSerial), kinds, fromMicros, toMicros));
    }

    /**
     * Records of these sessions and these kinds (never ask for the pulse kinds unless every pulse
     * is wanted). Index: {@code (session_id, kind)}; with {@code (session_id)} alone SQLite reads
     * each session's rows to check their kind.
     */
    public List<RecordRow> bySessions(Collection<String> sessionIds, Collection<String> kinds) throws JournalException {
        return inChunks(sessionIds, chunk -> store.select("session_id IN (" + marks(chunk.size()) + ") AND kind IN ("
                + marks(kinds.size()) + ")", values(chunk, kinds)));
    }

    /**
     * Every record of these sessions with {@code from <= time_micros < to}, pulses included (for
     * exports). Index: {@code (session_id)}.
     */
    public List<RecordRow> everyRecordOfSessions(Collection<String> sessionIds, long fromMicros, long toMicros) throws JournalException {
        return inChunks(sessionIds, chunk -> store.select("session_id IN (" + marks(chunk.size())
                + ") AND time_micros >= ? AND time_micros < ?", values(chunk, fromMicros, toMicros)));
    }

    /** One SELECT over a chunk of IN-list values. */
    private interface ChunkQuery {
        List<RecordRow> select(List<String> chunk) throws JournalException;
    }

    /** Runs {@code query} over the values in chunks of {@link #CHUNK}; the rows of all chunks by leaf index. */
    private static List<RecordRow> inChunks(Collection<String> values, ChunkQuery query) throws JournalException {
        List<RecordRow> out = new ArrayList<>();
        List<String> all = List.copyOf(values);
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.addAll(query.select(all.subList(i, Math.min(all.size(), i + CHUNK))));
        }
        out.sort(java.util.Comparator.comparingLong(RecordRow::index));
        return Collections.unmodifiableList(out);
    }

    private static String marks(int n) {
        if (n == 0) {
            throw new IllegalArgumentException("a query needs at least one value in its IN list");
        }
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static Object[] values(Object... parts) {
        List<Object> out = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Collection<?> c) {
                out.addAll(c);
            } else {
                out.add(part);
            }
        }
        return out.toArray();
    }
}
