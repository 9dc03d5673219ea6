package org.pulseguard.bench;

import java.nio.file.Path;
import java.util.function.Function;
import org.pulseguard.audit.query.ClientDirectory;
import org.pulseguard.audit.query.SessionFilter;
import org.pulseguard.audit.query.SessionQueries;
import org.pulseguard.audit.query.TimeWindow;
import org.pulseguard.journal.privacy.ClientKeyStore;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.JournalStore;
import org.pulseguard.journal.store.RecordQueries;

/**
 * What {@code audit sessions --client} runs once the pseudonym is resolved to its token: the
 * audit's own {@link SessionQueries} (opens through the client index, closes, refusals and trips
 * counted through the client index, pseudonyms decrypted where a key exists), over a journal opened
 * read-only. The generated journal has no key store, so an empty one is made beside it.
 */
final class AuditSessionsQuery implements Function<String, Object>, AutoCloseable {
    private final JournalStore store;
    private final ClientKeyStore keys;
    private final SessionQueries queries;

    AuditSessionsQuery(Path dataDir) throws JournalException {
        ClientKeyStore.open(dataDir).close();
        this.store = JournalStore.openForReading(dataDir);
        this.keys = ClientKeyStore.openForReading(dataDir).orElseThrow();
        this.queries = new SessionQueries(new RecordQueries(store), new ClientDirectory(keys));
    }

    @Override
    public Object apply(String clientToken) {
        try {
            return queries.sessions(new SessionFilter(clientToken, null, TimeWindow.ALL));
        } catch (JournalException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        keys.close();
        store.close();
    }
}
