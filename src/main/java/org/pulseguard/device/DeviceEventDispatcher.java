package org.pulseguard.device;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a driver's events to its listeners on one named thread of its own, in the order they
 * were dispatched, so a slow listener never stalls the thread that reads the link. A listener that
 * throws is logged and the others still get the event.
 *
 * <p>Thread-safe: any thread may dispatch, add or remove listeners. {@link #close()} is idempotent
 * and stops the thread after delivering what was already queued (waiting at most one second).
 */
public final class DeviceEventDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceEventDispatcher.class);

    private final List<DeviceEventListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService executor;
    private volatile Thread dispatchThread;

    /** @param threadName name of the dispatch thread, for example {@code pulseguard-events-laser0} */
    public DeviceEventDispatcher(String threadName) {
        Objects.requireNonNull(threadName, "threadName");
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            dispatchThread = thread;
            return thread;
        });
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
            executor.execute(() -> deliver(event));
        } catch (RejectedExecutionException closed) {
            LOG.debug("Event {} dropped: dispatcher closed", event.getClass().getSimpleName());
        }
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
