package org.pulseguard.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.pulseguard.session.SupervisorEvent;
import org.pulseguard.session.SupervisorEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One unit's live updates for the browsers watching it, as server-sent events ({@code event:
 * supervisor}, JSON {@link LiveEvent}; a {@code state} event with the unit's view on connect). The
 * supervisor never waits for a browser: each event is offered to every watcher's bounded queue
 * ({@value #QUEUE} events); a watcher that falls that far behind is disconnected (its browser
 * reconnects and gets the current state) instead of slowing anything. One sender thread per
 * watcher writes to its connection; a comment every 15 s keeps idle connections open. Thread-safe.
 */
final class LiveUpdates implements SupervisorEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);
    static final int QUEUE = 512;
    /**
     * Browsers that may watch one unit at once. Each holds a request thread of the server's pool, so
     * the cap keeps watchers from starving the requests that matter most (an emergency stop).
     */
    static final int MAX_WATCHERS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CLOSING = "\u0000closing";
    private final String unit;
    private final Set<Watcher> watchers = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private static final class Watcher {
        final SseClient client;
        final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);
        volatile boolean lagging;

        Watcher(SseClient client) {
            this.client = client;
        }
    }

    LiveUpdates(String unit) {
        this.unit = unit;
    }

    @Override
    public void onEvent(SupervisorEvent event) {
        if (watchers.isEmpty()) {
            return;
        }
        String data = json(LiveEvent.of(unit, event));
        for (Watcher w : watchers) {
            if (!w.queue.offer(data)) {
                w.lagging = true; // its sender closes it: never block the supervisor's thread
            }
        }
    }

    /** True when another browser may start watching (fewer than {@value #MAX_WATCHERS} do). */
    boolean hasRoom() {
        return !closed && watchers.size() < MAX_WATCHERS;
    }

    /** The service is stopping: every watcher's loop ends now, so none outlives the server. */
    void closeAll() {
        closed = true;
        for (Watcher w : watchers) {
            w.lagging = true;
            w.queue.clear();
            w.queue.offer(CLOSING);
        }
    }

    /** A browser starts watching: sends {@code initialState}, then every event until it leaves. Blocks that request's thread. */
    void watch(SseClient client, Object initialState) {
        Watcher w = new Watcher(client);
        synchronized (watchers) {
            if (!hasRoom()) {
                client.sendEvent("full", "{\"message\":\"" + MAX_WATCHERS + " browsers already watch unit " + unit + "\"}");
                client.close();
                return;
            }
            watchers.add(w);
        }
        client.onClose(() -> watchers.remove(w));
        try {
            client.sendEvent("state", json(initialState));
            while (!client.terminated() && !w.lagging && !closed) {
                String data = w.queue.poll(15, TimeUnit.SECONDS);
                if (closed || w.lagging) {
                    break;
                }
                if (data == null) {
                    client.sendComment("keep-alive");
                } else {
                    client.sendEvent("supervisor", data);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("Live updates of unit {}: a watcher left ({})", unit, e.toString());
        } finally {
            watchers.remove(w);
            try {
                client.close();
            } catch (RuntimeException gone) {
                LOG.debug("Live updates of unit {}: the connection was already gone ({})", unit, gone.toString());
            }
        }
    }

    /** How many browsers watch the unit. */
    int watchers() {
        return watchers.size();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("live event not serialisable: " + e.getMessage(), e);
        }
    }
}
