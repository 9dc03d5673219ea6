package org.pulseguard.device.polled;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.transport.ByteTransport;
import org.pulseguard.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open connection to a polled unit: a unit that answers each request in order, with nothing
 * that ties a reply to its request (no sequence number), so at most one request awaits its reply at
 * any time. A named reader thread hands the bytes to the waiting {@link Exchange.Attempt}; bytes
 * that arrive while nothing waits are counted as stray and dropped.
 *
 * <ul>
 *   <li>{@link #exchange}: sends a request and waits for its reply, retrying (same bytes) when none
 *       came in time or it was unusable, at most {@code maxRetries} times. After an unusable attempt
 *       the line is first drained: input is dropped until it has been quiet for a quarter of the
 *       command timeout (and at least that long), so a late reply is never read as the answer to
 *       the next request. The line is drained the same way once the link starts.</li>
 *   <li>{@link #send}: a command the unit does not answer; the caller confirms it with a query.</li>
 *   <li>{@link #interject}: the emergency stop (and a trip's stop). Written at once: it takes no
 *       lock that an exchange or a send holds while it writes or waits, so it never waits behind
 *       another write in this link, even one blocked in the transport; the transport orders the
 *       bytes. When the unit answers it, the exchange in progress is failed (its reply can no
 *       longer be told from the interjection's) and the line is drained, for at least a command
 *       timeout so the interjection's own reply comes and goes, before the next exchange. An
 *       attempt whose bytes had not yet gone out when the interjection was made is never
 *       written; nor is a fenced request once an interjection followed its fence. A write that had
 *       passed that check when an interjection came may reach the unit after the interjection's
 *       bytes: it is followed by the interjected bytes again, so a stop is always the last word.</li>
 * </ul>
 *
 * <p>Bytes that arrive while no reply is awaited are shown to the {@link StrayBytes} observer
 * (set before {@link #start()}), so a line-based dialect knows where the line in progress began.
 *
 * <p>Thread-safe. A loss (read or write failure) fails what waits, closes the transport and is
 * reported to the {@link LossListener} once; a deliberate {@link #close()} is not a loss.
 */
public final class ExchangeLink {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeLink.class);

    /** Told once when the link is lost; called on the thread that found the loss, must return quickly. */
    @FunctionalInterface
    public interface LossListener {
        void onLinkLost(String reason);
    }

    private final ByteTransport transport;
    private final String name;
    private final Duration commandTimeout;
    private final int maxRetries;
    private final long quietNanos;
    private final PolledLinkCounters counters;
    private final LossListener listener;
    private final ReentrantLock wire = new ReentrantLock(true);
    private final Object inbound = new Object();
    private final AtomicBoolean alive = new AtomicBoolean(true);
    private final Thread reader;
    private PendingAttempt<?> current; // guarded by inbound
    private final Interjections interjections = new Interjections();
    private volatile StrayBytes strayBytes = (data, count) -> { };
    private final LineDrain drain;
    private volatile boolean closing;
    private volatile String lossReason = "";

    /**
     * The transport must already be open; call {@link #start()} next.
     *
     * @param name the port name, for logs and the reader thread's name
     * @param commandTimeout how long each attempt waits for its reply
     * @param maxRetries how many times a request is sent again after an unusable attempt, 0..10
     */
    public ExchangeLink(ByteTransport transport, String name, Duration commandTimeout, int maxRetries,
                        PolledLinkCounters counters, LossListener listener) {
        this.transport = transport;
        this.name = name;
        this.commandTimeout = commandTimeout;
        this.maxRetries = maxRetries;
        this.quietNanos = Math.max(1, commandTimeout.toNanos() / 4);
        this.drain = new LineDrain(quietNanos, commandTimeout.toNanos() * (maxRetries + 1));
        this.counters = counters;
        this.listener = listener;
        this.reader = new Thread(this::readLoop, "pulseguard-link-" + name);
        this.reader.setDaemon(true);
    }

    /** Sees the bytes of one read that arrived while no reply was awaited; on the reader thread, quick. */
    @FunctionalInterface
    public interface StrayBytes {
        void arrived(byte[] data, int count);
    }

    /** Sets who sees stray bytes; call before {@link #start()}. */
    public void observeStrayBytes(StrayBytes observer) {
        if (reader.isAlive()) {
            throw new IllegalStateException("set the stray-bytes observer of " + name + " before start()");
        }
        strayBytes = observer;
    }

    /** Starts the reader thread. */
    public void start() {
        reader.start();
    }

    /** True until the link is lost or closed. */
    public boolean isAlive() {
        return alive.get();
    }

    /** Why the link was lost, or empty while alive or after a deliberate close. */
    public Optional<String> lossReason() {
        return lossReason.isEmpty() ? Optional.empty() : Optional.of(lossReason);
    }

    /**
     * Sends the request and waits for its reply, attempt after attempt.
     *
     * @throws DeviceException TIMEOUT when no attempt got a byte back, PROTOCOL_ERROR when any attempt
     *     got bytes but no usable reply (a reply that arrived wrong is never "no reply"), the
     *     attempt's own failure (REFUSED, LINK_LOST), or NOT_CONNECTED
     */
    public <R> R exchange(Exchange<R> exchange) throws DeviceException {
        return exchange(exchange, interjections());
    }

    /**
     * As {@link #exchange(Exchange)}, but not sent at all once an interjection followed {@code fence}
     * (a value of {@link #interjections()}): a step of a sequence that must not go on after an
     * emergency stop, even one that came between its steps.
     *
     * @throws DeviceException REFUSED (FAULT_LATCHED) when an interjection followed the fence
     */
    public <R> R exchange(Exchange<R> exchange, long fence) throws DeviceException {
        lockWire(exchange.describe());
        try {
            AttemptResult.Unusable<R> last = null;
            AttemptResult.Unusable<R> lastWithBytes = null;
            for (int attempt = 0; attempt <= maxRetries; attempt++) {
                requireAlive(exchange.describe());
                if (attempt > 0) {
                    counters.retries.incrementAndGet();
                    LOG.debug("Link {}: {} gave no usable reply ({}); retry {}", name, exchange.describe(),
                            last.detail(), attempt);
                }
                drainIfNeeded();
                AttemptResult<R> result = attempt(exchange, fence);
                if (result instanceof AttemptResult.Answered<R> answered) {
                    return answered.value();
                }
                if (result instanceof AttemptResult.Failed<R> failed) {
                    throw failed.failure();
                }
                last = (AttemptResult.Unusable<R>) result;
                drain.request(quietNanos);
                if (!last.silent()) {
                    counters.malformedReplies.incrementAndGet();
                    lastWithBytes = last;
                }
            }
            return giveUp(exchange, lastWithBytes != null ? lastWithBytes : last);
        } finally {
            wire.unlock();
        }
    }

    /** Writes a command the unit does not answer, after any exchange in progress. */
    public void send(byte[] bytes, String what) throws DeviceException {
        send(bytes, what, interjections());
    }

    /**
     * As {@link #send(byte[], String)}, but not sent once an interjection followed {@code fence}.
     *
     * @throws DeviceException REFUSED (FAULT_LATCHED) when an interjection followed the fence
     */
    public void send(byte[] bytes, String what, long fence) throws DeviceException {
        lockWire(what);
        try {
            requireAlive(what);
            drainIfNeeded();
            writeUnlessInterjected(bytes, what, fence);
        } finally {
            wire.unlock();
        }
    }

    /**
     * How many interjections were written so far: a fence for {@link #exchange(Exchange, long)} and
     * {@link #send(byte[], String, long)}.
     */
    public long interjections() {
        return interjections.count();
    }

    /**
     * Writes {@code bytes} at once, without waiting for the exchange in progress.
     *
     * @param failInFlight when the unit answers these bytes: the failure given to the exchange in
     *     progress, whose reply can no longer be told apart; null when the unit does not answer
     */
    public void interject(byte[] bytes, String what, DeviceException failInFlight) throws DeviceException {
        requireAlive(what);
        interjections.record(bytes, what);
        write(bytes, what);
        if (failInFlight != null) {
            drain.request(commandTimeout.toNanos());
            synchronized (inbound) {
                if (current != null) {
                    current.finish(new AttemptResult.Failed<>(failInFlight));
                    current = null;
                }
            }
        }
    }

    private <R> AttemptResult<R> attempt(Exchange<R> exchange, long fence) throws DeviceException {
        PendingAttempt<R> pending;
        synchronized (inbound) {
            pending = new PendingAttempt<>(exchange.begin(), inbound);
            current = pending;
        }
        try {
            writeUnlessInterjected(exchange.bytes(), exchange.describe(), fence);
            return pending.await(commandTimeout, name);
        } finally {
            synchronized (inbound) {
                if (current == pending) {
                    current = null;
                }
            }
        }
    }

    /** TIMEOUT only when no attempt got a byte back; {@code last} is the last attempt that did, if any. */
    private <R> R giveUp(Exchange<R> exchange, AttemptResult.Unusable<R> last) throws DeviceException {
        int attempts = maxRetries + 1;
        if (last.silent()) {
            counters.timeouts.incrementAndGet();
            throw new DeviceException(DeviceException.Reason.TIMEOUT, exchange.describe() + ": no reply within "
                    + commandTimeout.toMillis() + " ms on any of " + attempts + " attempts");
        }
        throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR, exchange.describe()
                + ": no usable reply in " + attempts + " attempts; last: " + last.detail());
    }

    private void drainIfNeeded() throws DeviceException {
        try {
            drain.drainIfNeeded(alive::get);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(DeviceException.Reason.TIMEOUT, "interrupted while draining " + name, e);
        }
    }

    private void lockWire(String what) throws DeviceException {
        try {
            wire.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(DeviceException.Reason.TIMEOUT, what + ": interrupted waiting for " + name, e);
        }
    }

    private void write(byte[] bytes, String what) throws DeviceException {
        try {
            transport.write(bytes);
        } catch (TransportException e) {
            lose("write of " + what + " failed: " + e.getMessage());
            throw new DeviceException(DeviceException.Reason.LINK_LOST,
                    what + " not sent: link to " + name + " lost: " + e.getMessage(), e);
        }
    }

    /**
     * Writes ordinary bytes unless an interjection followed {@code fence}; when one came while they
     * were being written (its bytes may have gone first), writes its bytes again after them.
     */
    private void writeUnlessInterjected(byte[] bytes, String what, long fence) throws DeviceException {
        long seen = interjections.count();
        if (seen != fence) {
            throw DeviceException.refused(RefusalReason.FAULT_LATCHED,
                    what + " not sent to " + name + ": " + interjections.lastWhat() + " was interjected first");
        }
        write(bytes, what);
        for (Interjections.Interjected again : interjections.since(seen)) {
            LOG.warn("Link {}: {} was written while {} was interjected; {} sent again", name, what, again.what(),
                    again.what());
            write(again.bytes(), again.what() + " (again)");
        }
    }

    private void requireAlive(String what) throws DeviceException {
        if (!alive.get()) {
            throw new DeviceException(DeviceException.Reason.NOT_CONNECTED, what + " not sent: link to " + name
                    + (lossReason.isEmpty() ? " is closed" : " was lost (" + lossReason + ")"));
        }
    }

    private void readLoop() {
        byte[] buffer = new byte[256];
        try {
            while (alive.get()) {
                int count = transport.read(buffer);
                if (count > 0) {
                    deliver(buffer, count);
                }
            }
        } catch (TransportException e) {
            lose("read failed: " + e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.error("Link {}: reader thread failed", name, e);
            lose("reader thread failed: " + e);
        }
    }

    private void deliver(byte[] buffer, int count) {
        drain.byteArrived();
        synchronized (inbound) {
            if (current == null) {
                counters.strayReplies.incrementAndGet();
                LOG.debug("Link {}: {} stray byte(s) dropped", name, count);
                strayBytes.arrived(buffer, count);
                return;
            }
            if (current.feed(buffer, count)) {
                current = null;
            }
        }
    }

    /** Marks the link lost: fails what waits, closes the transport and tells the listener, once. */
    public void lose(String reason) {
        if (!alive.compareAndSet(true, false)) {
            return;
        }
        lossReason = reason;
        failWaiting(new DeviceException(DeviceException.Reason.LINK_LOST, "link to " + name + " lost: " + reason));
        transport.close();
        if (!closing) {
            LOG.warn("Link {} lost: {}", name, reason);
            listener.onLinkLost(reason);
        }
    }

    /** Closes on purpose (no loss reported) and waits for the reader thread. Idempotent. */
    public void close() {
        closing = true;
        if (alive.compareAndSet(true, false)) {
            failWaiting(new DeviceException(DeviceException.Reason.NOT_CONNECTED, "link to " + name + " closed"));
            transport.close();
        }
        if (reader.isAlive() && Thread.currentThread() != reader) {
            try {
                reader.join(Math.max(2_000, 4L * transport.pollMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void failWaiting(DeviceException failure) {
        synchronized (inbound) {
            if (current != null) {
                current.finish(new AttemptResult.Failed<>(failure));
                current = null;
            }
        }
    }
}
