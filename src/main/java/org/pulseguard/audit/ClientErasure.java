package org.pulseguard.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.Journal;
import org.pulseguard.journal.privacy.ClientKey;
import org.pulseguard.journal.privacy.ClientKeyStore;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.JournalStore;

/**
 * {@code audit erase-client}: crypto-shredding of one client (docs/journal.md section 7). The
 * erasure is journaled first ({@code CLIENT_ERASED} with the token and the reason, durable and
 * sealed by a checkpoint), then the client's map entry and key are destroyed: an erasure is never
 * done without its record. The journal's records stay, the tree still verifies, the pulse counts
 * still add up; nothing links the token to a person any more. Run it while no other program
 * writes the journal (the journal has one writer). Stateless.
 */
public final class ClientErasure {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * What was erased.
     *
     * @param clientToken the token whose key was destroyed
     * @param recordIndex the leaf index of the {@code CLIENT_ERASED} record
     */
    public record Erased(String clientToken, long recordIndex) {
    }

    private ClientErasure() {
    }

    /**
     * Erases {@code pseudonym}; empty when no such client is known (never seen, or erased before).
     *
     * @param reason why (required, journaled as given)
     * @param operator who asked, or null
     * @param clock the time of the record; its zone is the clinic's
     */
    public static Optional<Erased> erase(Path dataDir, String pseudonym, String reason, String operator, Clock clock)
            throws JournalException {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an erasure needs a reason (--reason TEXT); it is journaled");
        }
        Path journalFile = dataDir.resolve(JournalStore.FILE_NAME);
        if (!Files.isRegularFile(journalFile) || !Files.isRegularFile(dataDir.resolve(ClientKeyStore.FILE_NAME))) {
            throw new JournalException(JournalException.Reason.IO_ERROR, "no journal and client key store in " + dataDir
                    + " (is --data the directory the service or demo wrote to?)", null);
        }
        try (ClientKeyStore keys = ClientKeyStore.open(dataDir)) {
            Optional<ClientKey> known = keys.find(pseudonym);
            if (known.isEmpty()) {
                return Optional.empty();
            }
            long index;
            try (Journal journal = Journal.open(dataDir, clock, CheckpointPolicy.DEFAULT)) {
                index = durably(journal, record(known.get().token(), reason, operator, clock));
            }
            keys.erase(pseudonym);
            return Optional.of(new Erased(known.get().token(), index));
        }
    }

    private static ObjectNode record(String token, String reason, String operator, Clock clock) {
        ObjectNode r = JSON.createObjectNode();
        r.put("kind", "CLIENT_ERASED");
        r.put("time", TIME.format(clock.instant()));
        r.put("zone", clock.getZone().getId());
        r.put("client", token);
        r.put("reason", reason.strip());
        if (operator != null) {
            r.put("operator", operator);
        }
        return r;
    }

    private static long durably(Journal journal, ObjectNode record) throws JournalException {
        try {
            long index = journal.writer().append(record).get(30, TimeUnit.SECONDS);
            journal.writer().checkpoint().get(30, TimeUnit.SECONDS);
            return index;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof JournalException j) {
                throw j;
            }
            throw new JournalException(JournalException.Reason.IO_ERROR, "journaling the erasure failed: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new JournalException(JournalException.Reason.LOCKED, "journaling the erasure did not finish in 30 s (is another"
                    + " program writing the journal?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalException(JournalException.Reason.IO_ERROR, "interrupted while journaling the erasure", e);
        }
    }
}
