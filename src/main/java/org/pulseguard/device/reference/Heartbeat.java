package org.pulseguard.device.reference;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.pulseguard.device.DeviceException;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the unit's watchdog (section 6.2) with HEARTBEAT requests on the injected scheduler, and is
 * how a unit that stops answering is noticed: a heartbeat with no reply after every retry marks the
 * link lost. Heartbeats bypass the driver's command queue. Runs with fixed delay, so one slow
 * heartbeat never stacks up behind another; a heartbeat can occupy a scheduler thread for up to
 * {@link ReferenceDriverSettings#worstCaseExchange()}. Thread-safe; {@link #stop()} is idempotent.
 */
final class Heartbeat {
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final ReferenceLink link;
    private final String name;
    private volatile ScheduledFuture<?> task;
    private volatile boolean stopped;

    Heartbeat(ReferenceLink link, String name) {
        this.link = link;
        this.name = name;
    }

    void start(ScheduledExecutorService scheduler, Duration period) {
        long micros = period.toNanos() / 1_000;
        task = scheduler.scheduleWithFixedDelay(this::beat, micros, micros, TimeUnit.MICROSECONDS);
        if (stopped) {
            task.cancel(false);
        }
    }

    void stop() {
        stopped = true;
        ScheduledFuture<?> running = task;
        if (running != null) {
            running.cancel(false);
        }
    }

    private void beat() {
        if (stopped) {
            return;
        }
        try {
            link.exchange(new Request.Heartbeat(), Reply.StateAfter.class);
        } catch (DeviceException e) {
            onFailure(e);
        } catch (RuntimeException | Error e) {
            // Never let the heartbeat die silently: a cancelled task would look like a healthy silence.
            LOG.error("Link {}: heartbeat failed unexpectedly", name, e);
            link.lose("heartbeat failed: " + e);
        }
    }

    private void onFailure(DeviceException e) {
        switch (e.reason()) {
            case TIMEOUT -> link.lose("unit stopped answering: " + e.getMessage());
            case NOT_CONNECTED, LINK_LOST -> stop();
            default -> LOG.warn("Link {}: heartbeat not accepted: {}", name, e.getMessage());
        }
    }
}
