package org.pulseguard.bench;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles of a set of samples in nanoseconds. */
record Stats(long[] sortedNanos) {

    static Stats of(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return new Stats(copy);
    }

    double percentileMicros(double p) {
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(p / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1000.0;
    }

    double medianMicros() {
        return percentileMicros(50);
    }

    String row(String name) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |", name, sortedNanos.length,
                medianMicros(), percentileMicros(90), percentileMicros(99), sortedNanos[sortedNanos.length - 1] / 1000.0);
    }

    static String header() {
        return "| measurement | n | median µs | p90 µs | p99 µs | max µs |\n|---|---|---|---|---|---|";
    }
}
