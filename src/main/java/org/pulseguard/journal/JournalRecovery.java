package org.pulseguard.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.pulseguard.journal.record.RecordFields;
import org.pulseguard.journal.record.RecordKind;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.UnitHistory;

/**
 * What the journal records when it opens (issue 8 item 4): that it opened and whether the last run
 * ended cleanly; a writer failure of the last run (kept in {@code journal-failure.json}, since the
 * journal itself could not take it); and a SESSION_CLOSED "by recovery" for every session the last
 * run left open, with the pulses its records hold (a lower bound: pulses after the crash are
 * reconciled from the unit's counter at the next connect).
 */
final class JournalRecovery {
    static final String CLEAN_MARK = "shutdown-clean";
    static final String FAILURE_FILE = "journal-failure.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalRecovery() {
    }

    /** Appends the opening records; returns the number of sessions it closed. */
    static int run(Journal journal, UnitHistory history, ZoneId zone, Instant now, String software) throws JournalException {
        Path dir = journal.dataDir();
        boolean clean = Files.exists(dir.resolve(CLEAN_MARK));
        String previous = journal.store().size() == 0 ? "FIRST_START" : clean ? "CLEAN" : "UNCLEAN";
        List<CompletableFuture<Long>> appended = new ArrayList<>();
        appended.add(journal.writer().append(RecordBuilder.of(RecordKind.JOURNAL_OPENED, now, zone).text("software", software)
                .text("previousShutdown", previous).build()));
        Path failure = dir.resolve(FAILURE_FILE);
        if (Files.exists(failure)) {
            appended.add(journal.writer().append(failureRecord(failure, zone, now)));
        }
        List<JsonNode> open = history.openSessions();
        for (JsonNode opened : open) {
            appended.add(journal.writer().append(closedByRecovery(opened, history.sessionRecords(opened.path("session").asText()),
                    zone, now)));
        }
        for (CompletableFuture<Long> done : appended) {
            Durable.await(done);
        }
        try {
            Files.deleteIfExists(failure);
            Files.deleteIfExists(dir.resolve(CLEAN_MARK));
        } catch (IOException e) {
            throw new JournalException(JournalException.Reason.IO_ERROR, "cannot clear " + dir + "'s shutdown marks: " + e.getMessage(), e);
        }
        return open.size();
    }

    private static ObjectNode failureRecord(Path file, ZoneId zone, Instant now) {
        RecordBuilder b = RecordBuilder.of(RecordKind.JOURNAL_FAILURE, now, zone);
        try {
            JsonNode kept = JSON.readTree(file.toFile());
            return b.text("failedAt", kept.path("failedAt").asText()).text("failure", kept.path("failure").asText())
                    .text("detail", kept.path("detail").asText()).build();
        } catch (IOException e) {
            return b.text("failedAt", "unknown").text("failure", "UNKNOWN")
                    .text("detail", "the last run's failure note " + file.getFileName() + " is unreadable: " + e.getMessage()).build();
        }
    }

    private static ObjectNode closedByRecovery(JsonNode opened, List<JsonNode> records, ZoneId zone, Instant now) {
        Map<Long, long[]> runs = new TreeMap<>();
        for (JsonNode r : records) {
            String kind = r.path(RecordFields.KIND).asText();
            long count = RecordKind.PULSE.name().equals(kind) ? 1 : RecordKind.PULSES_COUNTED.name().equals(kind) ? r.path("count").asLong() : 0;
            if (count > 0) {
                long[] run = runs.computeIfAbsent(r.path("run").asLong(), k -> new long[2]);
                run[r.path("afterStop").asBoolean() ? 1 : 0] += count;
            }
        }
        ArrayNode runList = RecordBuilder.arrayNode();
        long total = 0;
        for (Map.Entry<Long, long[]> run : runs.entrySet()) {
            ObjectNode n = RecordBuilder.objectNode();
            n.put("run", run.getKey());
            n.put("pulses", run.getValue()[0]);
            n.put("pulsesAfterStop", run.getValue()[1]);
            n.put("countExact", false);
            runList.add(n);
            total += run.getValue()[0] + run.getValue()[1];
        }
        return RecordBuilder.of(RecordKind.SESSION_CLOSED, now, zone).text(RecordFields.SESSION, opened.path("session").asText())
                .text(RecordFields.CLIENT, opened.path("client").asText()).text(RecordFields.UNIT, opened.path("unit").asText())
                .text("how", "RECOVERY").number("pulses", total).flag("countExact", false).array("runs", runList)
                .text("state", "UNKNOWN").build();
    }

    /** Notes a writer failure for the next start (best effort: the disk may be full). */
    static void noteFailure(Path dataDir, JournalException failure, Instant at) {
        ObjectNode note = JSON.createObjectNode();
        note.put("failedAt", RecordFields.time(at));
        note.put("failure", failure.reason().name());
        note.put("detail", failure.getMessage());
        try {
            Files.writeString(dataDir.resolve(FAILURE_FILE), JSON.writeValueAsString(note));
        } catch (IOException ignored) {
            // the failure itself is already reported to the supervisor and the application log
        }
    }

    /** Marks a clean shutdown (everything sealed). */
    static void markClean(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve(CLEAN_MARK), "");
        } catch (IOException ignored) {
            // the next start then reports UNCLEAN, which errs on the safe side
        }
    }
}
