package org.pulseguard.device.polled;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import org.pulseguard.device.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a unit on the injected scheduler, with fixed delay: the keep-alive of a polled unit (a
 * command that feeds its watchdog, where it has one) and how a unit that stops answering is
 * noticed. A poll that gets no reply, or only unusable ones, after every retry marks the link lost:
 * a unit that cannot be read cannot be supervised. A poll takes the driver's command lock without
 * waiting; while a command holds it, the poll is skipped (that command is on the line itself).
 * Thread-safe; {@link #stop()} is idempotent.
 */
public final class Poller {
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);

    /** One poll: reads the unit and reports what changed. */
    @FunctionalInterface
    public interface Poll {
        void run() throws DeviceException;
    }

    private final ExchangeLink link;
    private final String name;
    private final Lock commandLock;
    private final Poll poll;
    private volatile ScheduledFuture<?> task;
    private volatile boolean stopped;

    /**
     * @param link the link polled; lost when a poll fails for good
     * @param name the port name, for logs
     * @param commandLock the driver's command lock
     * @param poll what to read on each poll
     */
    public Poller(ExchangeLink link, String name, Lock commandLock, Poll poll) {
        this.link = link;
        this.name = name;
        this.commandLock = commandLock;
        this.poll = poll;
    }

    /** Polls every {@code period} (fixed delay, first poll after one period). */
    public void start(ScheduledExecutorService scheduler, Duration period) {
        long micros = period.toNanos() / 1_000;
        task = scheduler.scheduleWithFixedDelay(this::tick, micros, micros, TimeUnit.MICROSECONDS);
        if (stopped) {
            task.cancel(false);
        }
    }

    /** Stops polling; a poll in progress finishes. */
    public void stop() {
        stopped = true;
        ScheduledFuture<?> running = task;
        if (running != null) {
            running.cancel(false);
        }
    }

    private void tick() {
        if (stopped || !commandLock.tryLock()) {
            return;
        }
        try {
            if (!stopped) {
                poll.run();
            }
        } catch (DeviceException e) {
            onFailure(e);
        } catch (RuntimeException | Error e) {
            // Never let polling die silently: a cancelled task would look like a healthy silence.
            LOG.error("Link {}: poll failed unexpectedly", name, e);
            link.lose("poll failed: " + e);
        } finally {
            commandLock.unlock();
        }
    }

    private void onFailure(DeviceException e) {
        switch (e.reason()) {
            case TIMEOUT -> link.lose("unit stopped answering: " + e.getMessage());
            case PROTOCOL_ERROR -> link.lose("unit answers unreadably: " + e.getMessage());
            case NOT_CONNECTED, LINK_LOST -> stop();
            default -> LOG.warn("Link {}: poll not completed: {}", name, e.getMessage());
        }
    }
}
