package org.pulseguard.device.fuzz;

/**
 * The seed of a fuzz run: {@code -Dfuzz.seed=N} when given (to replay a failure), otherwise a
 * fresh one each run. Always printed, so a failing run can be replayed.
 */
public final class FuzzSeed {
    private FuzzSeed() {
    }

    /** The seed for {@code suite}, printed to standard output. */
    public static long forSuite(String suite) {
        String given = System.getProperty("fuzz.seed");
        long seed = given != null && !given.isBlank() ? Long.parseLong(given.trim()) : System.nanoTime();
        System.out.println("[fuzz] " + suite + " seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        return seed;
    }
}
