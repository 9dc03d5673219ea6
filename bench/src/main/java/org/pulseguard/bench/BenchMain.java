package org.pulseguard.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark harness (docs/benchmarks.md). Each benchmark prints a markdown table with its baseline
 * measured in the same run and the ratio against it. Run with
 * {@code mvn -B -Pbench -DskipTests verify [-Dbench.args=roundtrip|estop|trip|gate|journal|all]};
 * {@code BenchMain generate DIR [N]} writes a journal of N pulse records for the journal benchmarks,
 * {@code BenchMain journal-query DIR} times the per-client session query over it.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "all" : args[0];
        if (which.equals("generate")) {
            if (args.length < 2) {
                System.err.println("usage: BenchMain generate DATA_DIR [PULSE_RECORDS (default 10000000)]");
                System.exit(2);
            }
            long n = args.length > 2 ? Long.parseLong(args[2]) : 10_000_000L;
            System.out.println(JournalGenerator.generate(Path.of(args[1]), n).summary());
            System.exit(0);
        }
        if (which.equals("journal-query")) {
            if (args.length < 2) {
                System.err.println("usage: BenchMain journal-query DATA_DIR (a journal written by 'generate')");
                System.exit(2);
            }
            Path dir = Path.of(args[1]);
            new JournalQueryBench(dir, "client's sessions (opened by client_token+kind, closed by session_id+kind)", ClientSessionsQuery::new).run();
            new JournalQueryBench(dir, "audit sessions --client: the audit's SessionQueries (token already resolved)", AuditSessionsQuery::new).run();
            System.exit(0);
        }
        if (which.equals("journal-verify") && args.length > 1) {
            Path dir = Path.of(args[1]);
            for (int round = 1; round <= 3; round++) {
                double raw = JournalBench.rawSha(dir);
                double verify = JournalBench.verify(dir, new long[1]);
                System.out.println(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.2f |", round, verify, raw, verify / raw));
            }
            System.exit(0);
        }
        System.out.println("# pulseguard benchmarks, " + java.time.LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version"));
        if (which.equals("all") || which.equals("roundtrip")) {
            new RoundTripBench().run();
        }
        if (which.equals("all") || which.equals("estop")) {
            new EmergencyStopBench().run();
        }
        if (which.equals("all") || which.equals("polled-estop")) {
            new PolledEmergencyStopBench().run();
        }
        if (which.equals("all") || which.equals("trip")) {
            new TripLatencyBench().run();
        }
        if (which.equals("all") || which.equals("gate")) {
            new DecisionBench().run();
        }
        if (which.equals("all") || which.equals("journal")) {
            new JournalBench().run();
        }
        if (which.equals("all") || which.equals("durability")) {
            new PulseDurabilityBench().run();
        }
        System.out.println(String.format(Locale.ROOT, "%ndone"));
        System.exit(0);
    }
}
