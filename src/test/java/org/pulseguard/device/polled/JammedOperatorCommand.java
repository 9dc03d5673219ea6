package org.pulseguard.device.polled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.pulseguard.device.LaserState;

/**
 * An operator command stuck on the line of a fake polled unit: the unit's reply script blocks the
 * command's write inside the transport until released. Used to show that a stop's bytes reach the
 * transport while that write is still stuck (they never wait behind it). Thread-safe.
 */
public final class JammedOperatorCommand {
    private final CountDownLatch stuck = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** A reply script step: blocks (inside the transport's write) until released, then answers as usual. */
    public byte[] jam(byte[] reply) {
        stuck.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return reply;
    }

    /** Runs the operator command in the background and returns once it is stuck in the transport. */
    public void start(Callable<?> command) throws InterruptedException {
        CompletableFuture.runAsync(() -> {
            try {
                command.call();
            } catch (Exception e) {
                // the operator's command may fail once a stop came; the tests are about the stop
            }
        });
        stuck.await();
    }

    /**
     * Runs {@code stop} on another thread and waits until {@code bytes} reached {@code unit}'s
     * transport, while the jammed write is still stuck; then releases it.
     *
     * @return what the stop returned
     */
    public LaserState stopReachesTheLineFirst(FakeLineUnit unit, String bytes, Callable<LaserState> stop)
            throws Exception {
        CompletableFuture<LaserState> stopped = CompletableFuture.supplyAsync(() -> {
            try {
                return stop.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        try {
            await().until(() -> written(unit).contains(bytes));
            assertThat(release.getCount()).as("the operator's write is still stuck").isEqualTo(1);
        } finally {
            release.countDown();
        }
        return stopped.get(5, TimeUnit.SECONDS);
    }

    private static String written(FakeLineUnit unit) {
        StringBuilder text = new StringBuilder();
        unit.writes.forEach(chunk -> text.append(new String(chunk, StandardCharsets.US_ASCII)));
        return text.toString();
    }
}
