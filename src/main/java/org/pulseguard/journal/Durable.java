package org.pulseguard.journal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.pulseguard.journal.store.JournalException;

/** Waits for a journal append to be durable, turning its failure into the {@link JournalException} it was. */
final class Durable {
    private Durable() {
    }

    static long await(CompletableFuture<Long> appended) throws JournalException {
        try {
            return appended.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalException(JournalException.Reason.IO_ERROR, "interrupted while waiting for the journal", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof JournalException j) {
                throw j;
            }
            throw new JournalException(JournalException.Reason.IO_ERROR, "journal record refused: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
