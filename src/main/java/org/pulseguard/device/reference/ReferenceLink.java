package org.pulseguard.device.reference;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.pulseguard.device.DeviceException;
import org.pulseguard.protocol.reference.FrameDecoder;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.transport.ByteTransport;
import org.pulseguard.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open connection to a reference unit (docs/protocol/reference-laser.md section 4): a named
 * reader thread feeding a {@link FrameDecoder}, request/reply matching by sequence number and
 * type, retries that resend the same sequence number and bytes, and the heartbeat. Lives from one
 * open to its close or loss; the driver makes a new one per (re)connect.
 *
 * <p>Thread-safe: any number of threads may {@link #exchange} at once, each request with its own
 * sequence number (the driver serialises ordinary commands; the emergency stop, standby and heartbeat
 * do not wait). A loss is reported to the {@link LinkListener} once; a deliberate {@link #close()} is
 * not a loss.
 *
 * <p>Safe-state ordering: once a STANDBY or EMERGENCY_STOP ({@link #exchangeSafeState}) has been
 * written, an ARM or RESET_FAULT asked for before it is never written again (neither its first
 * attempt nor a retry), so a retry cannot undo the safe state on a unit that was silent and comes
 * back. The check and the write of those two are one step under {@code safeStateOrder}, and a
 * safe-state frame passes that lock once before it is written (it is not written under it): it
 * waits at most for one ARM/RESET_FAULT frame being written, never for a reply or a retry.
 */
final class ReferenceLink {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceLink.class);

    private final ByteTransport transport;
    private final String name;
    private final ReferenceDriverSettings settings;
    private final ReferenceLinkCounters counters;
    private final LinkListener listener;
    private final PendingRequests pending;
    private final FrameDecoder decoder;
    /** Bytes the decoder skipped as garbage so far, and those of a frame in progress, as the reader last saw them. */
    private final AtomicLong garbageBytes = new AtomicLong();
    private final AtomicLong partialFrameBytes = new AtomicLong();
    private final AtomicBoolean alive = new AtomicBoolean(true);
    private final Thread reader;
    private volatile boolean closing;
    private volatile String lossReason = "";
    private volatile Heartbeat heartbeat;
    private final Object safeStateOrder = new Object();
    private final AtomicLong safeStateWrites = new AtomicLong();

    /** The transport must already be open; call {@link #start()} next. */
    ReferenceLink(ByteTransport transport, String name, ReferenceDriverSettings settings, ReferenceLinkCounters counters,
                  AtomicInteger sequences, LinkListener listener) {
        this.transport = transport;
        this.name = name;
        this.settings = settings;
        this.counters = counters;
        this.listener = listener;
        this.pending = new PendingRequests(sequences);
        this.decoder = new FrameDecoder(new FrameRouter(name, pending, counters, listener, this::sendOrLose));
        this.reader = new Thread(this::readLoop, "pulseguard-link-" + name);
        this.reader.setDaemon(true);
    }

    void start() {
        reader.start();
    }

    /** Starts feeding the unit's watchdog every {@code period} on {@code scheduler}. */
    void startHeartbeat(ScheduledExecutorService scheduler, Duration period) {
        Heartbeat beat = new Heartbeat(this, name);
        heartbeat = beat;
        beat.start(scheduler, period);
        if (!alive.get()) {
            beat.stop();
        }
    }

    boolean isAlive() {
        return alive.get();
    }

    /** Why the link was lost, or empty while alive or after a deliberate close. */
    Optional<String> lossReason() {
        return lossReason.isEmpty() ? Optional.empty() : Optional.of(lossReason);
    }

    /**
     * Sends {@code request} and waits for its answer, retrying on timeout with the same sequence
     * number and bytes.
     *
     * @throws DeviceException REFUSED (with the unit's reason), TIMEOUT when nothing came back on any
     *     attempt, LINK_LOST, NOT_CONNECTED, or PROTOCOL_ERROR for a malformed or unexpected answer
     *     (also when only unusable frames came: a reply that arrived wrong is never "no reply")
     */
    <R extends Reply> R exchange(Request request, Class<R> replyClass) throws DeviceException {
        return exchange(request, replyClass, false);
    }

    /**
     * Like {@link #exchange} for a STANDBY or EMERGENCY_STOP: every write of it supersedes the ARM and
     * RESET_FAULT requests in flight (they are not sent again).
     */
    <R extends Reply> R exchangeSafeState(Request request, Class<R> replyClass) throws DeviceException {
        return exchange(request, replyClass, true);
    }

    private <R extends Reply> R exchange(Request request, Class<R> replyClass, boolean safeState) throws DeviceException {
        requireAlive(request);
        long safeStatesBefore = safeStateWrites.get();
        PendingRequest sent = pending.register(request);
        try {
            Reply reply = awaitReply(sent, safeState, safeStatesBefore);
            if (reply instanceof Reply.Refused refused) {
                throw DeviceException.refused(WireCodes.refusal(refused.error()),
                        sent.describe() + " refused by the unit: " + refused.error());
            }
            if (!replyClass.isInstance(reply)) {
                throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR,
                        sent.describe() + " answered by unexpected " + reply.type());
            }
            return replyClass.cast(reply);
        } finally {
            pending.remove(sent);
        }
    }

    private Reply awaitReply(PendingRequest sent, boolean safeState, long safeStatesBefore) throws DeviceException {
        long unusableBefore = unusableFrames();
        for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
            if (attempt > 0 && !sent.isAnswered()) {
                counters.retries.incrementAndGet();
                LOG.debug("Link {}: no reply to {} within {} ms; retry {}", name, sent.describe(),
                        settings.commandTimeout().toMillis(), attempt);
            }
            if (!sent.isAnswered()) {
                writeInOrder(sent, safeState, safeStatesBefore);
            }
            Optional<Reply> reply = sent.await(settings.commandTimeout());
            if (reply.isPresent()) {
                return reply.get();
            }
        }
        long unusable = unusableFrames() - unusableBefore + partialFrameBytes.get();
        if (unusable > 0) {
            // Frames came but none was usable (CRC, malformed, another sequence): a broken reply, not silence.
            // A unit that cannot be read cannot be supervised: the link is lost, as a silent unit's would be
            // through the heartbeat's TIMEOUT.
            String why = sent.describe() + ": no usable reply in " + (settings.maxRetries() + 1) + " attempts; "
                    + unusable + " unusable frame(s) or byte(s) (CRC mismatch, malformed, stray, garbage, cut short)"
                    + " arrived meanwhile";
            lose("unit answers unreadably: " + why);
            throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR, why);
        }
        counters.timeouts.incrementAndGet();
        throw new DeviceException(DeviceException.Reason.TIMEOUT, sent.describe() + ": no reply within "
                + settings.commandTimeout().toMillis() + " ms on any of " + (settings.maxRetries() + 1) + " attempts");
    }

    /**
     * Input so far that could not answer anything: CRC mismatches, malformed frames, stray replies
     * and garbage bytes. Only rises. (A frame cut short is seen as the bytes still held at the end.)
     */
    private long unusableFrames() {
        return counters.crcErrors.get() + counters.malformedFrames.get() + counters.strayReplies.get()
                + garbageBytes.get();
    }

    private void writeInOrder(PendingRequest sent, boolean safeState, long safeStatesBefore) throws DeviceException {
        if (safeState) {
            synchronized (safeStateOrder) {
                safeStateWrites.incrementAndGet(); // after this, no earlier ARM/RESET_FAULT is written
            }
            write(sent);
            return;
        }
        if (!(sent.request() instanceof Request.Arm || sent.request() instanceof Request.ResetFault)) {
            write(sent);
            return;
        }
        synchronized (safeStateOrder) {
            if (safeStateWrites.get() != safeStatesBefore) {
                throw new DeviceException(DeviceException.Reason.TIMEOUT, sent.describe()
                        + " not sent (again): a STANDBY or emergency stop went to " + name + " after it was asked for");
            }
            write(sent);
        }
    }

    private void write(PendingRequest sent) throws DeviceException {
        try {
            transport.write(sent.bytes());
        } catch (TransportException e) {
            lose("write of " + sent.describe() + " failed: " + e.getMessage());
            throw new DeviceException(DeviceException.Reason.LINK_LOST,
                    sent.describe() + " not sent: link to " + name + " lost: " + e.getMessage(), e);
        }
    }

    private void sendOrLose(byte[] bytes, String what) {
        try {
            transport.write(bytes);
        } catch (TransportException e) {
            lose("write of " + what + " failed: " + e.getMessage());
        }
    }

    private void requireAlive(Request request) throws DeviceException {
        if (!alive.get()) {
            throw new DeviceException(DeviceException.Reason.NOT_CONNECTED, request.type() + " not sent: link to "
                    + name + (lossReason.isEmpty() ? " is closed" : " was lost (" + lossReason + ")"));
        }
    }

    private void readLoop() {
        byte[] buffer = new byte[512];
        try {
            while (alive.get()) {
                int count = transport.read(buffer);
                if (count > 0) {
                    decoder.feed(buffer, 0, count);
                    garbageBytes.set(decoder.discardedBytes());
                    partialFrameBytes.set(decoder.partialFrameBytes());
                }
            }
        } catch (TransportException e) {
            lose("read failed: " + e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.error("Link {}: reader thread failed", name, e);
            lose("reader thread failed: " + e);
        }
    }

    /** Marks the link lost: fails every outstanding request, stops the heartbeat, closes the transport, tells the listener once. */
    void lose(String reason) {
        if (!alive.compareAndSet(true, false)) {
            return;
        }
        lossReason = reason;
        stopHeartbeat();
        pending.failAll(new DeviceException(DeviceException.Reason.LINK_LOST, "link to " + name + " lost: " + reason));
        transport.close();
        if (!closing) {
            LOG.warn("Link {} lost: {}", name, reason);
            listener.onLinkLost(reason);
        }
    }

    /** Closes on purpose (no loss reported); stops the heartbeat and waits for the reader thread. Idempotent. */
    void close() {
        closing = true;
        if (alive.compareAndSet(true, false)) {
            stopHeartbeat();
            pending.failAll(new DeviceException(DeviceException.Reason.NOT_CONNECTED, "link to " + name + " closed"));
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

    private void stopHeartbeat() {
        Heartbeat beat = heartbeat;
        if (beat != null) {
            beat.stop();
        }
    }
}
