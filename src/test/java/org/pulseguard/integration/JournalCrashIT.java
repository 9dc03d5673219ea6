package org.pulseguard.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.audit.JournalVerifier;
import org.pulseguard.audit.VerifyReport;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.ClinicJournal;
import org.pulseguard.journal.record.CanonicalJson;
import org.pulseguard.journal.seal.JournalKeys;
import org.pulseguard.journal.store.JournalStore;

/**
 * The crash suite of issue 8: a child JVM ({@link JournalCrashChild}) runs supervised sessions with
 * the journal attached and is killed with SIGKILL at random points (seeded; the seed is in every
 * failure message), again and again on one data directory, so the journal grows across kills.
 * After each kill: every record the child had reported durable is in the journal with the same
 * kind and the journal verifies; then {@link ClinicJournal#open} recovers by itself, after which
 * the journal verifies again and holds exactly one SESSION_CLOSED for every SESSION_OPENED. After
 * about one kill in four the recovery is left to the next child (which may be killed while it
 * recovers), and checked after the following kill or at the end.
 *
 * <p>50 kills by default; {@code -Dcrash.kills=N} for a longer run, {@code -Dcrash.seed=S} to
 * repeat one.
 */
class JournalCrashIT {
    private static final int KILLS = Integer.getInteger("crash.kills", 50);
    private static final String[] KILL_AFTER = {"UP", "PHASE CONNECTED", "PHASE FIRING"};
    /** 128 + 9: how the JDK reports a process ended by SIGKILL on Linux. */
    private static final int KILLED_BY_SIGKILL = 137;

    @TempDir
    Path dir;

    private final Map<String, Long> totals = new HashMap<>();

    @Test
    void childKilledAtRandomPoints_losesNoDurableRecord_andTheJournalRecoversAndVerifies() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path data = dir.resolve("data");
        Path profiles = shortEmissionDelayProfiles();
        long started = System.nanoTime();
        for (int kill = 1; kill <= KILLS; kill++) {
            String where = "seed " + seed + ", kill " + kill;
            CrashedChild child = new CrashedChild(data, profiles, random.nextLong(), dir.resolve("child.err"));
            String phase = KILL_AFTER[random.nextInt(KILL_AFTER.length)];
            boolean reached = child.awaitLine(phase);
            assertThat(reached).as(where + ": the child ended before '" + phase + "':\n" + child.stderr()).isTrue();
            Thread.sleep(random.nextInt(700));
            assertThat(child.kill()).as(where + ": killed by SIGKILL, not ended by itself:\n" + child.stderr())
                    .isEqualTo(KILLED_BY_SIGKILL);
            checkDurable(where, data, child.durable());
            count("durable reported", child.durable().size());
            // Now and then the next child recovers by itself instead (and may be killed while it does)
            if (random.nextInt(4) != 0) {
                recoverAndCheck(where, data);
            } else {
                count("recoveries left to the next child", 1);
            }
        }
        recoverAndCheck("seed " + seed + ", after the last kill", data);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("JournalCrashIT: %d kills in %d s (seed %d): %s%n", KILLS, seconds, seed, totals);
        assertThat(totals.getOrDefault("PULSE", 0L)).as("seed " + seed + ": pulses journaled across the kills").isPositive();
        assertThat(totals.getOrDefault("closed by recovery", 0L)).as("seed " + seed + ": sessions closed by recovery").isPositive();
    }

    /** Every record the child reported durable is there with its kind, and the journal verifies, before any recovery. */
    private void checkDurable(String where, Path data, Map<Long, String> durable) throws Exception {
        if (Files.exists(data.resolve(JournalStore.FILE_NAME))) {
            try (JournalStore store = JournalStore.openForReading(data)) {
                Map<Long, String> stored = new HashMap<>();
                if (!durable.isEmpty()) {
                    long first = durable.keySet().iterator().next();
                    store.scan(first, first + durable.size() + 1_000_000, row -> stored.put(row.index(), row.columns().kind()));
                }
                durable.forEach((index, kind) -> assertThat(stored.get(index))
                        .as(where + ": record " + index + " was reported durable as " + kind).isEqualTo(kind));
                assertVerifies(where + ", before recovery", store, data);
            }
        }
    }

    /** The next start recovers by itself; then the journal verifies and every session is closed once. */
    private void recoverAndCheck(String where, Path data) throws Exception {
        try (ClinicJournal recovered = ClinicJournal.open(data, Clock.systemUTC(), ZoneId.of("Europe/Berlin"), "crash-suite",
                CheckpointPolicy.DEFAULT)) {
            count("closed by recovery", recovered.recoveredSessions());
        }
        try (JournalStore store = JournalStore.openForReading(data)) {
            assertVerifies(where + ", after recovery", store, data);
            assertEverySessionClosedOnce(where, store);
        }
    }

    private static void assertVerifies(String where, JournalStore store, Path data) throws Exception {
        VerifyReport report = JournalVerifier.verify(store, JournalKeys.loadOrCreate(data).publicKey(), Optional.empty());
        assertThat(report.problems()).as(where + ": audit verify").isEmpty();
    }

    private void assertEverySessionClosedOnce(String where, JournalStore store) throws Exception {
        Map<String, int[]> sessions = new HashMap<>();
        Map<String, Long> kinds = new HashMap<>();
        store.scan(0, store.size(), row -> {
            String kind = row.columns().kind();
            kinds.merge(kind, 1L, Long::sum);
            if (kind.equals("SESSION_OPENED") || kind.equals("SESSION_CLOSED")) {
                sessions.computeIfAbsent(row.columns().sessionId(), s -> new int[2])[kind.equals("SESSION_OPENED") ? 0 : 1]++;
            }
            if (kind.equals("SESSION_CLOSED") && CanonicalJson.parseCanonical(row.canonical()).path("how").asText().equals("RECOVERY")) {
                kinds.merge("SESSION_CLOSED how=RECOVERY", 1L, Long::sum);
            }
        });
        sessions.forEach((session, openedClosed) -> assertThat(openedClosed)
                .as(where + ": SESSION_OPENED and SESSION_CLOSED records of session " + session).containsExactly(1, 1));
        kinds.forEach((kind, n) -> totals.put(kind, n));
        totals.put("sessions", (long) sessions.size());
    }

    private void count(String what, long n) {
        totals.merge(what, n, Long::sum);
    }

    /** The shipped reference-laser profiles with a 100 ms emission delay, so a short-lived child reaches its pulses. */
    private Path shortEmissionDelayProfiles() throws Exception {
        Path from = Path.of("device-profiles", "reference-laser");
        Path to = Files.createDirectories(dir.resolve("profiles").resolve("reference-laser"));
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        Path device = to.resolve("device.json");
        String text = Files.readString(device);
        String shorter = Pattern.compile("(\"emissionDelay\"\\s*:\\s*\\{\\s*\"milliseconds\"\\s*:\\s*)\\d+").matcher(text)
                .replaceFirst("$1100");
        assertThat(shorter).as("device.json's emission delay shortened").isNotEqualTo(text);
        Files.writeString(device, shorter);
        return to.getParent();
    }
}
