package org.pulseguard.device.polled;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * When an {@link ExchangeLink} must drain its line before the next exchange, and the wait itself:
 * input is dropped until the drain's minimum time has passed and the line has been quiet for the
 * quiet period, giving up on a line that never falls quiet after a bound. A link drains once when
 * it starts. Requests may come from any thread; {@link #drainIfNeeded} runs under the link's wire
 * lock. Thread-safe.
 */
final class LineDrain {
    private final long quietNanos;
    private final long giveUpAfterNanos;
    private final AtomicLong requests = new AtomicLong(1);
    private final AtomicLong notBefore = new AtomicLong(System.nanoTime());
    private volatile long lastByteNanos = System.nanoTime();
    private long done; // under the wire lock

    /**
     * @param quietNanos how long the line must stay quiet
     * @param giveUpAfterNanos how long past its minimum time a drain waits at most
     */
    LineDrain(long quietNanos, long giveUpAfterNanos) {
        this.quietNanos = quietNanos;
        this.giveUpAfterNanos = giveUpAfterNanos;
    }

    /** Bytes arrived (the reader thread tells every chunk). */
    void byteArrived() {
        lastByteNanos = System.nanoTime();
    }

    /** The next exchange first drains the line, for at least {@code minimumNanos} from now. */
    void request(long minimumNanos) {
        long end = System.nanoTime() + minimumNanos;
        notBefore.accumulateAndGet(end, (a, b) -> a - b > 0 ? a : b);
        requests.incrementAndGet();
    }

    /** Waits out a requested drain; returns at once when none is pending or {@code alive} turns false. */
    void drainIfNeeded(BooleanSupplier alive) throws InterruptedException {
        long requested = requests.get();
        if (requested == done) {
            return;
        }
        long giveUpAt = notBefore.get() + giveUpAfterNanos;
        while (alive.getAsBoolean()) {
            long now = System.nanoTime();
            long floorLeft = notBefore.get() - now;
            long quietLeft = quietNanos - (now - lastByteNanos);
            if ((floorLeft <= 0 && quietLeft <= 0) || now - giveUpAt > 0) {
                break;
            }
            TimeUnit.NANOSECONDS.sleep(Math.max(1, Math.max(floorLeft, quietLeft)));
        }
        done = requested;
    }
}
