package org.pulseguard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.Journal;
import org.pulseguard.journal.seal.JournalKeys;
import org.pulseguard.journal.seal.SignedCheckpoint;
import org.pulseguard.journal.store.JournalStore;
import org.pulseguard.journal.store.RecordRow;

class JournalExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private SignedCheckpoint writeJournal() throws Exception {
        try (Journal journal = Journal.open(dir, Clock.systemUTC(), new CheckpointPolicy(1000, Duration.ofHours(1)))) {
            for (int i = 0; i < 57; i++) {
                ObjectNode r = JSON.createObjectNode();
                r.put("kind", "PULSE");
                r.put("time", "2026-12-08T10:00:00.000000Z");
                r.put("client", "client-" + (i % 3));
                r.put("note", "a \"quoted\", comma'd\nline " + i);
                journal.writer().append(r);
            }
            return journal.writer().checkpoint().get(5, TimeUnit.SECONDS);
        }
    }

    private JournalExport exportOf(String clientToken, SignedCheckpoint cp) throws Exception {
        try (JournalStore store = JournalStore.openForReading(dir)) {
            List<RecordRow> rows = new java.util.ArrayList<>();
            store.scan(0, store.size(), row -> {
                if (clientToken.equals(row.columns().clientToken())) {
                    rows.add(row);
                }
            });
            return ExportBuilder.build(store, cp, rows);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "csv"})
    void aClientsRecords_verifyWithThePublicKeyAlone_andShowNoOneElse(String format) throws Exception {
        SignedCheckpoint cp = writeJournal();
        Function<JournalExport, String> writer = format.equals("json") ? ExportFormat::toJson : ExportFormat::toCsv;
        String text = writer.apply(exportOf("client-1", cp));
        PublicKey key = JournalKeys.parsePublicKey(JournalKeys.loadOrCreate(dir).publicKeyText());

        JournalExport read = ExportFormat.parse(text);
        assertThat(read.records()).hasSize(19).allSatisfy(r -> assertThat(r.index() % 3).isEqualTo(1));
        assertThat(text).doesNotContain("client-0").doesNotContain("client-2");
        assertThat(ExportVerifier.verify(read, key)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "csv"})
    void anEditedRecordInTheExport_isNamed(String format) throws Exception {
        SignedCheckpoint cp = writeJournal();
        Function<JournalExport, String> writer = format.equals("json") ? ExportFormat::toJson : ExportFormat::toCsv;
        String text = writer.apply(exportOf("client-1", cp)).replace("line 25", "line 26");
        PublicKey key = JournalKeys.loadOrCreate(dir).publicKey();
        assertThat(ExportVerifier.verify(ExportFormat.parse(text), key)).extracting(VerifyProblem::toString)
                .containsExactly("record 25: is not included under the checkpoint's root: the record or its proof was changed");
    }

    @Test
    void anotherKey_refusesTheWholeExport(@TempDir Path other) throws Exception {
        SignedCheckpoint cp = writeJournal();
        JournalExport export = ExportFormat.parse(ExportFormat.toJson(exportOf("client-0", cp)));
        assertThat(ExportVerifier.verify(export, JournalKeys.loadOrCreate(other).publicKey())).singleElement().asString()
                .startsWith("checkpoint at size 57: signature does not verify");
    }

    @Test
    void aProofMovedToAnotherRecord_isNamed() throws Exception {
        SignedCheckpoint cp = writeJournal();
        JournalExport export = exportOf("client-2", cp);
        ExportedRecord a = export.records().get(0);
        ExportedRecord b = export.records().get(1);
        JournalExport swapped = new JournalExport(export.checkpoint(), List.of(new ExportedRecord(a.index(), a.canonicalText(), b.proof())));
        assertThat(ExportVerifier.verify(swapped, JournalKeys.loadOrCreate(dir).publicKey())).singleElement().asString()
                .startsWith("record 2: is not included");
    }
}
