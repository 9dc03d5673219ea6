package org.pulseguard.device.polled;

import java.util.ArrayList;
import java.util.List;

/**
 * The interjections an {@link ExchangeLink} has made (emergency stops, a trip's stop): how many,
 * which was last, and the bytes of each, so that an ordinary write that raced one can be followed
 * by it again. Its lock is held only for this bookkeeping, never while anything is written, so an
 * interjection never waits for a write. Interjections are rare (a handful per session); all are
 * kept. Thread-safe.
 */
final class Interjections {
    /** One interjection: its bytes and what it was, for logs. */
    record Interjected(byte[] bytes, String what) {}

    private final List<Interjected> made = new ArrayList<>(); // guarded by this

    /** Records an interjection about to be written; from then on fenced writes are refused. */
    synchronized void record(byte[] bytes, String what) {
        made.add(new Interjected(bytes.clone(), what));
    }

    /** How many interjections were made: the fence value. */
    synchronized long count() {
        return made.size();
    }

    /** What the last interjection was, empty before the first. */
    synchronized String lastWhat() {
        return made.isEmpty() ? "" : made.get(made.size() - 1).what();
    }

    /** The interjections made after the first {@code count}, in order. */
    synchronized List<Interjected> since(long count) {
        return List.copyOf(made.subList((int) Math.min(count, made.size()), made.size()));
    }
}
