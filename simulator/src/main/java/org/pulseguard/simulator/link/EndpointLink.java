package org.pulseguard.simulator.link;

import java.util.Objects;
import org.pulseguard.simulator.endpoint.DeviceEndpoint;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.fault.LinkFaultPlan;
import org.pulseguard.simulator.threads.SimulatorThreads;
import org.pulseguard.transport.SerialSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every dialect's protocol server shares: the endpoint, one reader thread
 * ({@code pulseguard-sim-reader}) that hands received bytes to the dialect (or throws them away
 * while muted), one writer thread ({@code pulseguard-sim-writer}) that drains the
 * {@link OutputQueue} paced at the line's speed, link cut and restore, garbage, and the tallies.
 * Both threads are daemons made by {@link SimulatorThreads}; an exception on either is logged and
 * puts the unit in its safe state instead of killing the thread; an Error (an OutOfMemoryError, say)
 * puts the unit in its safe state and ends the thread, which {@link SimulatorThreads} reports.
 *
 * <p>Thread-safe: {@link #cutLink()}, {@link #restoreLink()}, {@link #injectGarbage(int)},
 * {@link #statistics()} and {@link #close()} may be called from any thread.
 */
public abstract class EndpointLink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointLink.class);

    /** The endpoint served. */
    protected final DeviceEndpoint endpoint;
    /** Pending link faults. */
    protected final LinkFaultPlan faults;
    /** Where acting faults are counted. */
    protected final FaultLedger ledger;
    /** Told of traffic; never throws. */
    protected final LinkListener listener;
    /** The tallies. */
    final SimulatorLinkCounters counters = new SimulatorLinkCounters();
    /** The output line. */
    final OutputQueue output;
    private final LinkOptions options;
    private final Runnable failSafe;
    private final OutputWriter writer;
    private final Thread readerThread;
    private final Thread writerThread;
    private final String protocolName;
    private volatile boolean running;
    private long seenGeneration;

    /**
     * @param endpoint an opened endpoint
     * @param faults link faults to apply to replies
     * @param ledger where acting faults are counted
     * @param options line settings, pacing, garbage on open
     * @param listener told of traffic; must not throw
     * @param failSafe puts the unit in its safe state after a failure on a simulator thread
     * @param protocolName for the log, for example {@code the Big Sky dialect}
     */
    EndpointLink(DeviceEndpoint endpoint, LinkFaultPlan faults, FaultLedger ledger, LinkOptions options,
                 LinkListener listener, Runnable failSafe, String protocolName) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.faults = Objects.requireNonNull(faults, "faults");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.options = Objects.requireNonNull(options, "options");
        this.listener = new SafeLinkListener(Objects.requireNonNull(listener, "listener"));
        this.failSafe = Objects.requireNonNull(failSafe, "failSafe");
        this.protocolName = protocolName;
        this.output = new OutputQueue(faults, ledger, counters);
        this.writer = new OutputWriter(output, endpoint, options, counters, failSafe);
        this.readerThread = SimulatorThreads.newThread(this::readLoop, "pulseguard-sim-reader");
        this.writerThread = SimulatorThreads.newThread(writer, "pulseguard-sim-writer");
    }

    /** Starts both threads; returns at once. */
    public synchronized void start() {
        if (running) {
            throw new IllegalStateException("protocol server already started");
        }
        running = true;
        seenGeneration = endpoint.peerGeneration();
        if (options.garbageOnOpenBytes() > 0) {
            injectGarbage(options.garbageOnOpenBytes());
        }
        beforeStart();
        writerThread.start();
        readerThread.start();
        LOG.info("simulator serving {} on {}", protocolName, endpoint.describe());
    }

    /** Breaks the link (the peer reads end of file); what was queued is lost. */
    public void cutLink() {
        endpoint.cut();
        output.discardQueued();
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
        output.garbage(faults.garbage(count));
        ledger.record(FaultKind.GARBAGE, count + " bytes");
    }

    /** The tallies so far. */
    public SimulatorLinkStatistics statistics() {
        return counters.snapshot(output.queuedBytes(), endpoint.isUp(), endpoint.describe(), faults.pending());
    }

    /** Paces output at {@code settings} from now on (a unit told to change its baud rate). */
    public void setLineSettings(SerialSettings settings) {
        writer.setLineSettings(Objects.requireNonNull(settings, "settings"));
    }

    /** The line settings output is paced at now. */
    public SerialSettings lineSettings() {
        return writer.lineSettings();
    }

    /** The line settings the link started with (a unit's power-up speed). */
    public SerialSettings initialLineSettings() {
        return options.lineSettings();
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

    /** Called once by {@link #start()} before the threads start (the reference laser attaches here). */
    void beforeStart() { }

    /** Hands {@code count} received bytes to the dialect; reader thread only. */
    abstract void receive(byte[] buffer, int count);

    /** Forgets half-received input (a new peer may have attached, the unit was muted or unmuted). */
    abstract void resetReceiver();

    private void readLoop() {
        byte[] buffer = new byte[256];
        boolean wasMuted = false;
        while (running) {
            try {
                int n = endpoint.read(buffer);
                long generation = endpoint.peerGeneration();
                boolean muted = faults.muted();
                if (generation != seenGeneration || muted != wasMuted) {
                    resetReceiver();
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
            } catch (RuntimeException e) {
                LOG.error("simulator reader failed; device goes to its safe state", e);
                failSafe.run();
                sleepQuietly();
            } catch (Error e) {
                failSafeBeforeDying(failSafe);
                throw e;
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
            receive(buffer, n);
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

    /** Best effort on a thread about to die of an Error: the unit's safe state, whatever else fails. */
    static void failSafeBeforeDying(Runnable failSafe) {
        try {
            failSafe.run();
        } catch (RuntimeException | Error ignored) {
            // The thread is dying of a worse failure, which its uncaught-exception handler reports.
        }
    }
}
