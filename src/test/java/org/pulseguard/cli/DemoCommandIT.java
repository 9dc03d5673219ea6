package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's main job: {@code pulseguard demo} end to end against its embedded simulator, for all
 * three units. It reads as a session log: each event once, local times, no Java record dumps, a
 * summary per run and at the end, where the runs add up to the session total and the unit's counter delta.
 */
class DemoCommandIT {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path data;
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path runs;
    /** One demo run per dialect, shared by the tests that only read what it printed and journaled (each run takes ~10 s). */
    private static final java.util.Map<String, CliRun> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static CliRun demo(String dialect) {
        return RUNS.computeIfAbsent(dialect, d -> CliRun.of("demo", "--data", journalOf(d).toString(), "--dialect", d));
    }

    private static java.nio.file.Path journalOf(String dialect) {
        return runs.resolve(dialect);
    }

    private static final Pattern SUMMARY = Pattern.compile(
            "runs ([\\d + ]+) = (\\d+) pulses; session total (\\d+); unit's counter (\\d+) -> (\\d+), delta (\\d+) \\(all agree\\)");
    private static final Pattern RUN_LINE = Pattern.compile("(?m)^  run (\\d+): (\\d+) pulses");
    private static final Pattern COUNTERS = Pattern.compile(
            "final counters: lifetime (\\d+), user (\\d+) \\(simulator truth: lifetime (\\d+)\\)");

    @ParameterizedTest
    @ValueSource(strings = {"reference", "bigsky", "quantaray"})
    void demo_runsAddUpToTheSessionTotalAndTheUnitsCounterDelta(String dialect) throws Exception {
        CliRun run = demo(dialect);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("refused GATE_REFUSED", "SETPOINT_APPLIED", "RUN_STARTED", "run summary: run 1",
                "TRIP INTERLOCK_OPENED", "TRIP EMERGENCY_STOP", "refused FAULT_LATCHED", "SESSION_CLOSED", "session summary:");
        Matcher summary = SUMMARY.matcher(run.out());
        assertThat(summary.find()).as(run.out()).isTrue();
        long[] terms = Arrays.stream(summary.group(1).split("\\+")).map(String::trim).mapToLong(Long::parseLong).toArray();
        long sum = Arrays.stream(terms).sum();
        assertThat(terms).hasSize(4);
        assertThat(Long.parseLong(summary.group(2))).isEqualTo(sum);
        assertThat(Long.parseLong(summary.group(3))).as("session total").isEqualTo(sum);
        assertThat(Long.parseLong(summary.group(5)) - Long.parseLong(summary.group(4))).as("counter delta").isEqualTo(sum);
        assertThat(Long.parseLong(summary.group(6))).isEqualTo(sum);
        Matcher runLines = RUN_LINE.matcher(run.out().substring(run.out().indexOf("session summary:")));
        long listed = 0;
        while (runLines.find()) {
            listed += Long.parseLong(runLines.group(2));
        }
        assertThat(listed).as("the runs listed in the summary").isEqualTo(sum);
        Matcher counters = COUNTERS.matcher(run.out());
        assertThat(counters.find()).isTrue();
        assertThat(counters.group(1)).isEqualTo(counters.group(3)).isEqualTo(summary.group(5));
        // and the journal holds every pulse: one PULSE record each where the unit measures them, counter ranges elsewhere
        String pulseKind = dialect.equals("reference") ? "PULSE" : "PULSES_COUNTED";
        long journaled = 0;
        try (org.pulseguard.journal.store.JournalStore store = org.pulseguard.journal.store.JournalStore.openForReading(journalOf(dialect))) {
            java.util.List<com.fasterxml.jackson.databind.JsonNode> pulses = new java.util.ArrayList<>();
            store.scan(0, Long.MAX_VALUE, row -> {
                if (row.columns().kind().startsWith("PULSE")) {
                    pulses.add(org.pulseguard.journal.record.CanonicalJson.parseCanonical(row.canonical()));
                }
            });
            assertThat(pulses).allMatch(p -> p.path("kind").asText().equals(pulseKind));
            for (com.fasterxml.jackson.databind.JsonNode p : pulses) {
                journaled += pulseKind.equals("PULSE") ? 1 : p.path("count").asLong();
            }
        }
        assertThat(journaled).as("pulses on record in the journal").isEqualTo(sum);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "bigsky", "quantaray"})
    void demo_readsAsASessionLog_eachEventOnce_noRecordDumps(String dialect) {
        CliRun run = demo(dialect);

        assertThat(run.out()).doesNotContain("DeviceIdentity[", "Allowed[", "Refused[", "could not be sent", "supervisor: ");
        assertThat(run.out()).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  technician opens a session$");
        assertThat(run.err()).as("stderr repeats no warning stdout already shows").doesNotContain("WARN", "TRIP", "REFUSAL");
        assertThat(run.out()).contains("emission delay: ");
        assertThat(run.out()).doesNotContain("watchdog 0 ms", "emission delay 0 ms");
    }

    @Test
    void demo_onTheBigSky_saysWhichWatchdogAndEmissionDelayApplyAndWhereFrom() {
        CliRun run = demo("bigsky");

        assertThat(run.out()).contains("watchdog: the unit has none over its serial link; the controller declares the link lost"
                + " after 2000 ms without an answer (device profile bigsky-cfr200");
        assertThat(run.out()).contains("emission delay: 2000 ms, the longer of the unit's (none reported) and device profile"
                + " bigsky-cfr200");
    }

    @Test
    void demo_onTheReferenceLaser_summarisesMeasuredEnergyPerRun() {
        CliRun run = demo("reference");

        assertThat(run.out()).contains("fluence 38.198 J/cm2");
        assertThat(run.out()).containsPattern("run summary: run 1: \\d+ pulses at 400 mJ on 4 mm, 3.18 J/cm2; measured [\\d.]+ mJ min"
                + " / [\\d.]+ mJ mean / [\\d.]+ mJ max");
    }

    @Test
    void demo_leavesAJournal_andASecondRunAppendsItsSession_everyPulseOnRecord() throws Exception {
        CliRun first = CliRun.of("demo", "--data", data.toString());
        CliRun second = CliRun.of("demo", "--data", data.toString(), "--dialect", "bigsky");

        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        assertThat(second.out()).contains("audit verify --data " + data.toAbsolutePath(), "audit sessions --data ",
                "audit exceptions --data ", "audit export --format json");
        try (org.pulseguard.journal.store.JournalStore store = org.pulseguard.journal.store.JournalStore.openForReading(data)) {
            java.util.List<com.fasterxml.jackson.databind.JsonNode> records = new java.util.ArrayList<>();
            store.scan(0, Long.MAX_VALUE, row -> records.add(org.pulseguard.journal.record.CanonicalJson.parseCanonical(row.canonical())));
            java.util.Map<String, Long> pulsesOnRecord = new java.util.HashMap<>();
            java.util.Map<String, Long> pulsesAtClose = new java.util.HashMap<>();
            for (com.fasterxml.jackson.databind.JsonNode r : records) {
                String kind = r.path("kind").asText();
                String session = r.path("session").asText();
                if (kind.equals("PULSE") || kind.equals("PULSES_COUNTED")) {
                    pulsesOnRecord.merge(session, kind.equals("PULSE") ? 1L : r.path("count").asLong(), Long::sum);
                } else if (kind.equals("SESSION_CLOSED")) {
                    pulsesAtClose.put(session, r.path("pulses").asLong());
                }
            }
            assertThat(records.stream().filter(r -> r.path("kind").asText().equals("SESSION_OPENED"))).hasSize(2);
            assertThat(pulsesAtClose).hasSize(2).isEqualTo(pulsesOnRecord);
            assertThat(pulsesAtClose.values()).allMatch(n -> n > 0);
            org.pulseguard.audit.VerifyReport report = org.pulseguard.audit.JournalVerifier.verify(store,
                    org.pulseguard.journal.seal.JournalKeys.parsePublicKey(java.nio.file.Files.readString(
                            data.resolve("signing-key.pub")).trim()), java.util.Optional.empty());
            assertThat(report.problems()).isEmpty();
            assertThat(report.unsealedRecords()).as("the demo seals what it wrote").isZero();
        }
    }
}
