package org.pulseguard.simulator.model;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when a test says so. Thread-safe. */
public final class FakeClock implements NanoClock {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    /** Moves the clock forward. */
    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    /** Moves the clock forward by {@code millis}. */
    public void advanceMillis(long millis) {
        advance(Duration.ofMillis(millis));
    }
}
