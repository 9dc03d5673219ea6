package org.pulseguard.session;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands supervisor events to listeners and to the application log, in the order they were decided,
 * after the decision lock is released: a slow listener (a screen, a journal on disk) never delays a
 * trip's standby. The deciding thread sends its safe action before it delivers; a thread that is
 * delivering already may announce a trip while that action is still being written (the action is
 * never delayed by it, only the announcement is early), so a listener must not take a TRIP event as
 * proof that the unit is already in STANDBY.
 *
 * <p>Events are queued inside decisions ({@link #add}, under the decision lock, so queue order is
 * decision order) and delivered by {@link #publish()}. One thread delivers at a time; a thread that
 * finds another delivering leaves its events to that thread, which looks at the queue again after
 * it lets go, so no event is left behind and none waits for a busy listener's thread.
 *
 * <p>The application log gets codes only ({@link #logLine}): kind, reason and states. Details can
 * carry clinical fields (skin type, treatment site) and stay with the event for listeners (the
 * journal, the screen). Thread-safe.
 */
final class SupervisorOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(SessionSupervisor.class);

    private final List<SupervisorEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Queue<SupervisorEvent> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock delivering = new ReentrantLock();

    void addListener(SupervisorEventListener listener) {
        listeners.add(listener);
    }

    void removeListener(SupervisorEventListener listener) {
        listeners.remove(listener);
    }

    /** Queues {@code event}; called inside a decision. */
    void add(SupervisorEvent event) {
        queued.add(event);
    }

    /** Delivers every queued event unless another thread is delivering (it will deliver them). */
    void publish() {
        while (!queued.isEmpty()) {
            if (!delivering.tryLock()) {
                return;
            }
            try {
                for (SupervisorEvent event = queued.poll(); event != null; event = queued.poll()) {
                    deliver(event);
                }
            } finally {
                delivering.unlock();
            }
        }
    }

    private void deliver(SupervisorEvent event) {
        if (event.kind() == SupervisorEvent.Kind.TRIP || event.kind() == SupervisorEvent.Kind.REFUSAL) {
            LOG.warn("{}", logLine(event));
        } else if (event.reason() != ReasonCode.PULSE) {
            LOG.info("{}", logLine(event));
        }
        for (SupervisorEventListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.error("Supervisor listener failed on {}", event.reason(), e);
            }
        }
    }

    /** What the application log says about {@code event}: codes and states, never the detail. */
    static String logLine(SupervisorEvent event) {
        return event.kind() + " " + event.reason() + " " + event.from()
                + (event.from() == event.to() ? "" : " -> " + event.to());
    }
}
