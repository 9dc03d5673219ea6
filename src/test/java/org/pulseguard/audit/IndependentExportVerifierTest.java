package org.pulseguard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.Journal;
import org.pulseguard.journal.seal.SignedCheckpoint;
import org.pulseguard.journal.store.JournalStore;
import org.pulseguard.journal.store.RecordRow;

/**
 * docs/journal.md is precise enough for an independent verifier: {@code docs/tools/verify_export.py}
 * (Python standard library only, Ed25519 in plain Python from RFC 8032) accepts the exports this
 * program writes, in both formats, and refuses an edited one.
 */
class IndependentExportVerifierTest {
    @TempDir
    Path dir;

    private record Result(int exit, String output) {
    }

    private static boolean python3() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private Result runPython(Path export, String key) throws Exception {
        Process p = new ProcessBuilder("python3", "docs/tools/verify_export.py", export.toString(), key).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    @Test
    void pythonVerifier_acceptsBothFormats_andRefusesAnEditedRecord() throws Exception {
        assumeTrue(python3(), "python3 is needed for the independent verifier");
        ObjectMapper json = new ObjectMapper();
        String key;
        SignedCheckpoint cp;
        try (Journal journal = Journal.open(dir.resolve("data"), Clock.systemUTC(), CheckpointPolicy.DEFAULT)) {
            for (int i = 0; i < 23; i++) {
                ObjectNode r = json.createObjectNode();
                r.put("kind", "PULSE");
                r.put("time", "2026-12-08T10:00:00.000000Z");
                r.put("client", "c" + (i % 2));
                r.put("note", "\u00e9t\u00e9 \"q\", \t" + i);
                journal.writer().append(r);
            }
            cp = journal.writer().checkpoint().get(5, TimeUnit.SECONDS);
            key = journal.keys().publicKeyText();
        }
        JournalExport export;
        try (JournalStore store = JournalStore.openForReading(dir.resolve("data"))) {
            List<RecordRow> rows = new ArrayList<>();
            store.scan(0, store.size(), row -> {
                if ("c1".equals(row.columns().clientToken())) {
                    rows.add(row);
                }
            });
            export = ExportBuilder.build(store, cp, rows);
        }
        Path jsonFile = Files.writeString(dir.resolve("export.json"), ExportFormat.toJson(export));
        Path csvFile = Files.writeString(dir.resolve("export.csv"), ExportFormat.toCsv(export));

        assertThat(runPython(jsonFile, key)).isEqualTo(new Result(0, "OK 11 records under checkpoint size 23\n"));
        assertThat(runPython(csvFile, key)).isEqualTo(new Result(0, "OK 11 records under checkpoint size 23\n"));

        Files.writeString(jsonFile, Files.readString(jsonFile).replace("\\t7\\\"", "\\t8\\\""));
        assertThat(runPython(jsonFile, key)).isEqualTo(new Result(1, "record 7: not included under the checkpoint's root\n"));
    }
}
