package org.pulseguard.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A test clock moved by hand. {@link #holdNextReading()} makes the next reading wait until the test
 * releases it, which holds whatever lock the reader holds (the supervisor reads the clock only inside
 * its decisions). Thread-safe.
 */
final class MutableClock extends Clock {
    private volatile Instant now;
    private final AtomicReference<FakeLaserDevice.Blocker> hold = new AtomicReference<>();

    MutableClock(Instant start) {
        this.now = start;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    /** The next {@link #instant()} call signals {@code entered} and waits for {@code release}. */
    FakeLaserDevice.Blocker holdNextReading() {
        FakeLaserDevice.Blocker blocker = new FakeLaserDevice.Blocker();
        hold.set(blocker);
        return blocker;
    }

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }

    @Override
    public Instant instant() {
        FakeLaserDevice.Blocker blocker = hold.getAndSet(null);
        if (blocker != null) {
            blocker.entered.countDown();
            try {
                if (!blocker.release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("test never released the clock");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return now;
    }
}
