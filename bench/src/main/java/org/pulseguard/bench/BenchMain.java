package org.pulseguard.bench;

import java.util.Locale;

/**
 * Benchmark harness (docs/benchmarks.md). Each benchmark prints a markdown table with its baseline
 * measured in the same run and the ratio against it. Run with
 * {@code mvn -B -Pbench -DskipTests verify [-Dbench.args=roundtrip|estop|trip|gate|all]}.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "all" : args[0];
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
