package org.pulseguard.integration;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pulseguard.audit.JournalVerifier;
import org.pulseguard.audit.VerifyReport;
import org.pulseguard.journal.record.CanonicalJson;
import org.pulseguard.journal.seal.JournalKeys;
import org.pulseguard.journal.store.JournalStore;

/** A journal on disk read back the way an auditor would: every record, and {@code audit verify}. */
final class JournalRecords {
    private JournalRecords() {
    }

    /** Every record of the journal in {@code data}, in index order. */
    static List<JsonNode> all(Path data) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (JournalStore store = JournalStore.openForReading(data)) {
            store.scan(0, store.size(), row -> out.add(CanonicalJson.parseCanonical(row.canonical())));
        }
        return out;
    }

    /** The records of {@code kind}, in index order. */
    static List<JsonNode> ofKind(Path data, String kind) throws Exception {
        return all(data).stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    /** {@code audit verify} of the journal in {@code data} under its own key. */
    static VerifyReport verify(Path data) throws Exception {
        try (JournalStore store = JournalStore.openForReading(data)) {
            return JournalVerifier.verify(store, JournalKeys.loadOrCreate(data).publicKey(), Optional.empty());
        }
    }
}
