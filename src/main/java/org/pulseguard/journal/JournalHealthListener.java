package org.pulseguard.journal;

import org.pulseguard.journal.store.JournalException;

/** Told once when the journal stops taking records (the supervisor trips on it). Called on the writer thread. */
public interface JournalHealthListener {
    /** The journal failed to write; {@code failure} says why. */
    void journalFailed(JournalException failure);
}
