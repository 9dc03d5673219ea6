package org.pulseguard.simulator.model;

/**
 * A monotonic time source in nanoseconds, injected into the simulator so tests can run minutes of
 * device time in milliseconds. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface NanoClock {

    /** The current time in nanoseconds; only differences are meaningful. */
    long nanoTime();

    /** The JVM's monotonic clock ({@link System#nanoTime()}). */
    static NanoClock system() {
        return System::nanoTime;
    }
}
