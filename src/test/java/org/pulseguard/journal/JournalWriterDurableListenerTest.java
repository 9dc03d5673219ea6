package org.pulseguard.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.journal.record.RecordKind;
import org.pulseguard.journal.store.JournalStore;

/**
 * {@link JournalWriter#addDurableListener}: told, after each commit, exactly the records it made
 * durable, before their appenders hear of it; a listener that throws does not stop the writer.
 */
class JournalWriterDurableListenerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static ObjectNode record(RecordKind kind) {
        return RecordBuilder.of(kind, CLOCK.instant(), ZoneOffset.UTC).text("unit", "SN-1").build();
    }

    @Test
    void everyAppendedRecord_isReportedOnceWithItsIndexAndKind_afterItIsInTheStore() throws Exception {
        Map<Long, String> told = new TreeMap<>();
        List<Long> storedWhenTold = new CopyOnWriteArrayList<>();
        try (Journal journal = Journal.open(dir, CLOCK, new CheckpointPolicy(1000, Duration.ofHours(1)))) {
            journal.writer().addDurableListener(records -> {
                for (DurableListener.DurableRecord r : records) {
                    assertThat(told.put(r.index(), r.kind())).as("record " + r.index() + " told twice").isNull();
                }
                try {
                    storedWhenTold.add(journal.store().size());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            CompletableFuture<Long> last = null;
            for (int i = 0; i < 30; i++) {
                last = journal.writer().append(record(i % 3 == 0 ? RecordKind.PULSE : RecordKind.NOTICE));
            }
            assertThat(last.get(10, TimeUnit.SECONDS)).isEqualTo(29L);
            // the listener runs before the futures complete: everything is told by now
            assertThat(told).hasSize(30);
            assertThat(told.get(0L)).isEqualTo("PULSE");
            assertThat(told.get(1L)).isEqualTo("NOTICE");
            assertThat(told.get(27L)).isEqualTo("PULSE");
            assertThat(storedWhenTold).allSatisfy(size -> assertThat(size).isPositive());
        }
        try (JournalStore store = JournalStore.openForReading(dir)) {
            assertThat(store.size()).isEqualTo(30);
        }
    }

    @Test
    void aListenerThatThrows_doesNotStopTheWriterOrTheOtherListeners() throws Exception {
        List<Long> told = new CopyOnWriteArrayList<>();
        try (Journal journal = Journal.open(dir, CLOCK, new CheckpointPolicy(1000, Duration.ofHours(1)))) {
            journal.writer().addDurableListener(records -> {
                throw new IllegalStateException("a broken status display");
            });
            journal.writer().addDurableListener(records -> records.forEach(r -> told.add(r.index())));

            assertThat(journal.writer().append(record(RecordKind.NOTICE)).get(10, TimeUnit.SECONDS)).isZero();
            assertThat(journal.writer().append(record(RecordKind.PULSE)).get(10, TimeUnit.SECONDS)).isEqualTo(1L);

            assertThat(told).containsExactly(0L, 1L);
            assertThat(journal.writer().failure()).isEmpty();
        }
    }
}
