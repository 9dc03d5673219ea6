package org.pulseguard.device;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a driver's events to its listeners on one named thread of its own, in the order they
 * were dispatched, so a slow listener never stalls the thread that reads the link. A listener that
 * throws is logged and the others still get the event.
 *
 * <p>The queue is bounded ({@link #DEFAULT_CAPACITY} events unless told otherwise), so a stuck
 * listener cannot grow it without limit. Overflow policy, failing safe: an event that finds the
 * queue full is dropped and counted, and listeners get a {@link DeviceEvent.EventsMissed} with the
 * count before the next event delivered (the supervisor treats it as it treats a gap in the unit's
 * event numbering: a trip while armed, a record otherwise). A loss is never silent.
 *
 * <p>Thread-safe: any thread may dispatch, add or remove listeners. {@link #close()} is idempotent
 * and stops the thread after delivering what was already queued (waiting at most one second).
 */
public final class DeviceEventDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceEventDispatcher.class);

    /** Events queued at most before an overflow: at 10 Hz pulses, about a minute and a half of a stuck listener. */
    public static final int DEFAULT_CAPACITY = 1024;

    private final List<DeviceEventListener> listeners = new CopyOnWriteArrayList<>();
    private final ThreadPoolExecutor executor;
    private final AtomicInteger lostSinceReported = new AtomicInteger();
    private final AtomicReference<Instant> firstLostAt = new AtomicReference<>();
    private final AtomicLong lostInTotal = new AtomicLong();
    private volatile Thread dispatchThread;

    /** @param threadName name of the dispatch thread, for example {@code pulseguard-events-laser0} */
    public DeviceEventDispatcher(String threadName) {
        this(threadName, DEFAULT_CAPACITY);
    }

    /**
     * @param threadName name of the dispatch thread
     * @param capacity events queued at most; more are dropped and reported as {@link DeviceEvent.EventsMissed}
     */
    public DeviceEventDispatcher(String threadName, int capacity) {
        Objects.requireNonNull(threadName, "threadName");
        if (capacity < 1) {
            throw new IllegalArgumentException("event queue capacity " + capacity + " is not positive");
        }
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity), runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            dispatchThread = thread;
            return thread;
        });
    }

    /** Events dropped because the queue was full, since this dispatcher was created. */
    public long eventsLost() {
        return lostInTotal.get();
    }

    /** Adds a listener. */
    public void add(DeviceEventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener; unknown ones are ignored. */
    public void remove(DeviceEventListener listener) {
        listeners.remove(listener);
    }

    /** Queues {@code event} for delivery and returns at once; events after {@link #close()} are dropped. */
    public void dispatch(DeviceEvent event) {
        Objects.requireNonNull(event, "event");
        try {
            executor.execute(() -> deliverAfterAnyLoss(event));
        } catch (RejectedExecutionException rejected) {
            if (executor.isShutdown()) {
                LOG.debug("Event {} dropped: dispatcher closed", event.getClass().getSimpleName());
                return;
            }
            firstLostAt.compareAndSet(null, event.at());
            lostSinceReported.incrementAndGet();
            lostInTotal.incrementAndGet();
            LOG.warn("Device event {} lost: the event queue is full", event.getClass().getSimpleName());
        }
    }

    private void deliverAfterAnyLoss(DeviceEvent event) {
        int lost = lostSinceReported.getAndSet(0);
        if (lost > 0) {
            Instant at = firstLostAt.getAndSet(null);
            deliver(new DeviceEvent.EventsMissed(at == null ? event.at() : at, lost));
        }
        deliver(event);
    }

    private void deliver(DeviceEvent event) {
        for (DeviceEventListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.error("Device event listener {} failed on {}", listener.getClass().getName(),
                        event.getClass().getSimpleName(), e);
            }
        }
    }

    /** Delivers what is queued, then stops the dispatch thread. Idempotent. */
    @Override
    public void close() {
        executor.shutdown();
        if (Thread.currentThread() == dispatchThread) {
            return; // closed from a listener: the thread ends once this event is delivered
        }
        try {
            if (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
