package org.pulseguard.journal;

import java.util.List;

/**
 * Told which records a commit of the {@link JournalWriter} made durable (committed with
 * {@code synchronous=FULL}), in index order, right after that commit and before the appenders'
 * futures complete. A record named here survives a crash of the process or a power loss the
 * moment the call is made: a status display ("on record up to N") or a supervising process may
 * rely on it. Called on the writer thread: keep it short and do not append from it; an exception
 * it throws is logged and does not stop the writer.
 */
@FunctionalInterface
public interface DurableListener {
    /** One durable record: its leaf index and its {@code kind} field. */
    record DurableRecord(long index, String kind) {
    }

    /** The records of one commit, in index order; never empty. */
    void durable(List<DurableRecord> records);
}
