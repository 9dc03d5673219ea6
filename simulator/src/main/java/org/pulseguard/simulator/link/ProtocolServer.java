package org.pulseguard.simulator.link;

import java.util.List;
import java.util.Objects;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.simulator.endpoint.DeviceEndpoint;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.fault.LinkFaultPlan;
import org.pulseguard.simulator.model.DeviceOutput;
import org.pulseguard.simulator.model.SimulatedLaser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds a {@link SimulatedLaser} to a {@link DeviceEndpoint} with the reference protocol
 * (docs/protocol/reference-laser.md sections 2-5): one reader thread ({@code pulseguard-sim-reader})
 * feeds the shared {@code FrameDecoder} and answers requests through {@link RequestDispatcher}; one
 * writer thread ({@code pulseguard-sim-writer}) sends replies, events and NAKs in order, paced at
 * the line's speed. Both are daemon threads; a failure on either is logged and puts the unit in its
 * safe state (STANDBY, fault INTERNAL) instead of killing the thread.
 *
 * <p>Thread-safe: {@link #cutLink()}, {@link #restoreLink()}, {@link #injectGarbage(int)},
 * {@link #statistics()} and {@link #close()} may be called from any thread.
 */
public final class ProtocolServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProtocolServer.class);

    private final SimulatedLaser laser;
    private final DeviceEndpoint endpoint;
    private final LinkFaultPlan faults;
    private final FaultLedger ledger;
    private final LinkOptions options;
    private final LinkListener listener;
    private final LinkCounters counters = new LinkCounters();
    private final Outbox outbox;
    private final RequestDispatcher dispatcher;
    private final OutputWriter writer;
    private final Thread readerThread;
    private final Thread writerThread;
    private volatile boolean running;
    private long seenGeneration;

    /**
     * @param laser the unit to serve
     * @param endpoint an opened endpoint
     * @param faults link faults to apply to replies
     * @param ledger where acting faults are counted
     * @param options line settings, pacing, garbage on open
     * @param listener told of traffic; must not throw
     */
    public ProtocolServer(SimulatedLaser laser, DeviceEndpoint endpoint, LinkFaultPlan faults, FaultLedger ledger,
                          LinkOptions options, LinkListener listener) {
        this.laser = Objects.requireNonNull(laser, "laser");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.faults = Objects.requireNonNull(faults, "faults");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.options = Objects.requireNonNull(options, "options");
        this.listener = new SafeLinkListener(Objects.requireNonNull(listener, "listener"));
        this.outbox = new Outbox(faults, ledger, this.listener, counters);
        this.dispatcher = new RequestDispatcher(laser, outbox, counters, this.listener);
        this.writer = new OutputWriter(outbox, endpoint, options, counters, laser::failSafe);
        this.readerThread = daemon(this::readLoop, "pulseguard-sim-reader");
        this.writerThread = daemon(writer, "pulseguard-sim-writer");
    }

    /** Attaches to the laser (its pending events are queued) and starts both threads; returns at once. */
    public synchronized void start() {
        if (running) {
            throw new IllegalStateException("protocol server already started");
        }
        running = true;
        seenGeneration = endpoint.peerGeneration();
        if (options.garbageOnOpenBytes() > 0) {
            injectGarbage(options.garbageOnOpenBytes());
        }
        laser.attach(new Output());
        writerThread.start();
        readerThread.start();
        LOG.info("simulator serving the reference protocol on {}", endpoint.describe());
    }

    /** Breaks the link (the peer reads end of file); what was queued is lost. */
    public void cutLink() {
        endpoint.cut();
        outbox.discardQueued();
        ledger.record(FaultKind.CUT_LINK, endpoint.describe());
        listener.linkChanged("cut: " + endpoint.describe());
    }

    /** Re-creates the endpoint after {@link #cutLink()} (a new pty and link, a listening socket). */
    public void restoreLink() throws EndpointException {
        endpoint.open();
        listener.linkChanged("restored: " + endpoint.describe());
    }

    /** Sends {@code count} seeded garbage bytes now. */
    public void injectGarbage(int count) {
        outbox.garbage(faults.garbage(count));
        ledger.record(FaultKind.GARBAGE, count + " bytes");
    }

    /** The tallies so far. */
    public LinkStatistics statistics() {
        return counters.snapshot(endpoint.isUp(), endpoint.describe(), faults.pending());
    }

    /** Stops both threads (waiting up to about a second); idempotent. Does not close the endpoint. */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        writer.stop();
        writerThread.interrupt();
        join(readerThread);
        join(writerThread);
    }

    private void readLoop() {
        byte[] buffer = new byte[256];
        boolean wasMuted = false;
        while (running) {
            try {
                int n = endpoint.read(buffer);
                long generation = endpoint.peerGeneration();
                boolean muted = faults.muted();
                if (generation != seenGeneration || muted != wasMuted) {
                    dispatcher.resetDecoder();
                    peerChanged(generation);
                    seenGeneration = generation;
                    wasMuted = muted;
                }
                accept(buffer, n, muted);
            } catch (EndpointException e) {
                if (running) {
                    LOG.warn("simulator endpoint failed: {}", e.getMessage());
                    sleepQuietly();
                }
            } catch (RuntimeException | Error e) {
                LOG.error("simulator reader failed; device goes to its safe state", e);
                laser.failSafe();
                sleepQuietly();
            }
        }
    }

    private void accept(byte[] buffer, int n, boolean muted) {
        if (n <= 0) {
            return;
        }
        counters.bytesReceived.addAndGet(n);
        if (muted) {
            counters.bytesIgnored.addAndGet(n);
        } else {
            dispatcher.feed(buffer, n);
        }
    }

    private void peerChanged(long generation) {
        if (generation == seenGeneration) {
            return;
        }
        listener.linkChanged("peer may have attached: " + endpoint.describe());
        if (options.garbageOnOpenBytes() > 0 && endpoint.isUp()) {
            injectGarbage(options.garbageOnOpenBytes());
        }
    }

    private void join(Thread thread) {
        try {
            thread.join(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("{} did not stop within 1.5 s", thread.getName());
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Receives the laser's events and reboot notice under the laser's lock. */
    private final class Output implements DeviceOutput {
        @Override
        public void onEvents(List<Event> events) {
            outbox.events(events);
        }

        @Override
        public void onReboot() {
            outbox.reboot();
            dispatcher.forgetReplies();
        }
    }
}
