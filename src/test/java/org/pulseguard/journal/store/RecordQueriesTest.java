package org.pulseguard.journal.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.Journal;

/**
 * The selections behind the audit: IN lists longer than one SELECT may bind are split and the
 * rows of every part come back once each, in leaf index order; nothing else comes back.
 */
class RecordQueriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void moreSessionsAndClientsThanOneSelectBinds_comeBackWholeAndInOrder() throws Exception {
        int n = 1_000;
        try (Journal journal = Journal.open(dir, Clock.systemUTC(), new CheckpointPolicy(10_000, Duration.ofHours(1)))) {
            for (int i = 0; i < n; i++) {
                ObjectNode r = JSON.createObjectNode();
                r.put("kind", i % 2 == 0 ? "TRIP" : "PULSE");
                r.put("time", String.format("2026-12-08T10:%02d:%02d.000000Z", i / 60 % 60, i % 60));
                r.put("session", "s" + (i / 2));
                r.put("client", "c" + (i / 2));
                journal.writer().append(r);
            }
            journal.writer().checkpoint().get(30, TimeUnit.SECONDS);
        }
        List<String> sessions = new ArrayList<>();
        List<String> clients = new ArrayList<>();
        for (int i = n / 2 - 1; i >= 0; i--) {
            sessions.add("s" + i);
            clients.add("c" + i);
        }
        try (JournalStore store = JournalStore.openForReading(dir)) {
            RecordQueries q = new RecordQueries(store);
            long[] trips = LongStream.range(0, n).filter(i -> i % 2 == 0).toArray();

            assertThat(q.bySessions(sessions, List.of("TRIP"))).extracting(RecordRow::index).containsExactly(box(trips));
            assertThat(q.byClients(clients, List.of("TRIP"))).extracting(RecordRow::index).containsExactly(box(trips));
            assertThat(q.everyRecordOfSessions(sessions.subList(0, 450), Long.MIN_VALUE, Long.MAX_VALUE)).hasSize(900)
                    .extracting(RecordRow::index).isSorted().allMatch(i -> i >= 100);
            assertThat(q.bySessions(List.of("s1"), List.of("PULSE"))).extracting(RecordRow::index).containsExactly(3L);
        }
    }

    private static Long[] box(long[] values) {
        return LongStream.of(values).boxed().toArray(Long[]::new);
    }
}
