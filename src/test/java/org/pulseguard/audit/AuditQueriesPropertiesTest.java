package org.pulseguard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pulseguard.audit.query.ClientDirectory;
import org.pulseguard.audit.query.ExceptionQueries;
import org.pulseguard.audit.query.ExportSelection;
import org.pulseguard.audit.query.SessionFilter;
import org.pulseguard.audit.query.SessionQueries;
import org.pulseguard.audit.query.SessionSummary;
import org.pulseguard.audit.query.TimeWindow;
import org.pulseguard.journal.privacy.ClientKeyStore;
import org.pulseguard.journal.store.JournalStore;
import org.pulseguard.journal.store.RecordQueries;
import org.pulseguard.journal.store.RecordRow;

/**
 * Every audit query gives the same answer as a full scan of the records (issue 8): random journals
 * of synthetic sessions, random filters (client pseudonym known, unknown or erased; unit; time
 * windows cutting through the journal), and each indexed query compared with {@link FullScan}.
 */
class AuditQueriesPropertiesTest {
    private static final Instant START = Instant.parse("2026-01-05T08:30:00Z");

    /** A filter: indexes into the script's clients (3 = a pseudonym never seen) and units, -1 for none; day offsets or null. */
    record Filter(int client, int unit, Integer fromDay, Integer toDay) {
        TimeWindow window() {
            Instant from = fromDay == null ? null : START.plus(Duration.ofDays(fromDay)).plusSeconds(fromDay * 3_333L);
            Instant to = toDay == null ? null : from != null && from.isAfter(START.plus(Duration.ofDays(toDay)))
                    ? from : START.plus(Duration.ofDays(toDay)).plusSeconds(toDay * 1_777L);
            return TimeWindow.between(from, to);
        }
    }

    @Provide
    Arbitrary<JournalScript> scripts() {
        return JournalScript.scripts();
    }

    @Provide
    Arbitrary<List<Filter>> filters() {
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 200).injectNull(0.4);
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(-1, 3), Arbitraries.integers().between(-1, 1), day, day)
                .as(Filter::new).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 60)
    void everyQuery_equalsAFullScan(@ForAll("scripts") JournalScript script, @ForAll("filters") List<Filter> filters) throws Exception {
        Path dir = Files.createTempDirectory("audit-property");
        try {
            try (SyntheticJournal journal = new SyntheticJournal(dir, START, ZoneId.of("Europe/Berlin"), script.hashCode())) {
                script.play(journal);
            }
            try (JournalStore store = JournalStore.openForReading(dir); ClientKeyStore keys = ClientKeyStore.openForReading(dir).orElseThrow()) {
                ClientDirectory clients = new ClientDirectory(keys);
                RecordQueries records = new RecordQueries(store);
                SessionQueries sessions = new SessionQueries(records, clients);
                FullScan reference = new FullScan(store, clients);
                for (Filter f : filters) {
                    String token = f.client() < 0 ? null : f.client() == 3 ? "0".repeat(32)
                            : clients.tokenOf(JournalScript.PSEUDONYMS[f.client()]).orElse("erased-client");
                    SessionFilter filter = new SessionFilter(token, f.unit() < 0 ? null : JournalScript.UNITS[f.unit()], f.window());
                    assertThat(sessions.sessions(filter)).as("sessions %s", filter).isEqualTo(reference.sessions(filter));
                    assertThat(new ExceptionQueries(records, clients).exceptions(f.window())).as("exceptions %s", f)
                            .isEqualTo(reference.exceptions(f.window()));
                    assertThat(new ExportSelection(records).select(token, f.window())).extracting(RecordRow::index).as("export %s", f)
                            .isEqualTo(reference.exportIndexes(token, f.window()));
                }
                for (SessionSummary s : reference.sessions(SessionFilter.ALL)) {
                    assertThat(sessions.session(s.session())).as("session %s", s.session()).isEqualTo(reference.session(s.session()));
                    if (s.pulses() != null) {
                        assertThat(s.pulses()).as("pulses of %s add up", s.session()).isEqualTo(reference.pulsesOf(s.session()));
                    }
                }
                assertThat(sessions.session("f".repeat(32))).isEmpty();
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
