package org.pulseguard.device.polled;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pulseguard.device.DeviceException;

/**
 * The one attempt of an {@link ExchangeLink} awaiting its reply. The reader thread feeds it and the
 * waiting thread expires it, both holding the link's inbound lock; its result is completed once.
 * Thread-safe.
 *
 * @param <R> the type of the reply's value
 */
final class PendingAttempt<R> {
    private final Exchange.Attempt<R> attempt;
    private final Object inbound;
    private final CompletableFuture<AttemptResult<R>> result = new CompletableFuture<>();

    /** @param inbound the link's inbound lock, held by every caller of {@link #feed} and {@link #finish} */
    PendingAttempt(Exchange.Attempt<R> attempt, Object inbound) {
        this.attempt = attempt;
        this.inbound = inbound;
    }

    /** Feeds bytes (inbound lock held); true once the reply is complete. */
    boolean feed(byte[] buffer, int count) {
        Optional<AttemptResult<R>> done = attempt.feed(buffer, 0, count);
        done.ifPresent(result::complete);
        return done.isPresent();
    }

    /** Ends the attempt with {@code outcome} unless it has ended (inbound lock held). */
    void finish(AttemptResult<R> outcome) {
        result.complete(outcome);
    }

    /** Waits up to {@code timeout}; then the attempt expires and says what it got (never null). */
    AttemptResult<R> await(Duration timeout, String linkName) throws DeviceException {
        try {
            return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            synchronized (inbound) {
                if (!result.isDone()) {
                    result.complete(attempt.expire());
                }
            }
            return result.join();
        } catch (ExecutionException e) {
            throw new IllegalStateException("attempt completed exceptionally", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(DeviceException.Reason.TIMEOUT, "interrupted while waiting on " + linkName, e);
        }
    }
}
