package org.pulseguard.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.pulseguard.simulator.console.ControlLineInterpreter;
import org.pulseguard.simulator.console.ControlServer;
import org.pulseguard.simulator.control.SimulatorObserver;
import org.pulseguard.simulator.control.UnitControl;
import org.pulseguard.simulator.endpoint.DeviceEndpoint;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.fault.LinkFaultPlan;
import org.pulseguard.simulator.link.EndpointLink;
import org.pulseguard.simulator.model.NanoClock;
import org.pulseguard.simulator.threads.SimulatorThreads;
import org.slf4j.Logger;

/**
 * What every simulator shares, whatever its dialect: the endpoint it serves on, the ticker that
 * advances the unit (injectable), observers, fault ledger, link faults, back door, control lines
 * and control servers, and the order they start and stop in. A dialect says how its unit, its
 * protocol server and its back door are made ({@link #serve}).
 *
 * <p>Threads, all named and daemon: the ticker ({@code pulseguard-sim-ticker}), the protocol reader
 * and writer, the endpoint's acceptor (TCP) and any control server. A failure on any of them is
 * logged and puts the unit in its safe state; an Error ends the thread and is reported by
 * {@link SimulatorThreads} (in {@code pulseguard sim}: the process ends); no thread dies silently.
 *
 * <p>Thread-safe. {@link #start} returns at once; {@link #close()} is idempotent and stops every
 * thread the simulator started (an injected ticker is left running, only its task is cancelled).
 *
 * @param <C> the unit's back door
 */
public abstract class UnitSimulator<C extends UnitControl> implements SimulatedUnit {
    private final Logger log;
    private final String startedName;
    private final String stoppedName;
    private final Duration tickPeriod;
    private final NanoClock clock;
    private final ScheduledExecutorService ticker;
    private final boolean ownsTicker;
    private final ObserverFanout observers = new ObserverFanout();
    private final FaultLedger ledger = new FaultLedger(observers);
    private final LinkFaultPlan linkFaults;
    private final List<ControlServer> controlServers = new ArrayList<>();
    private Served<C> served;
    private DeviceEndpoint endpoint;
    private ControlLineInterpreter interpreter;
    private ScheduledFuture<?> tick;
    private boolean closed;

    /**
     * @param log the subclass's logger
     * @param startedName names the simulator in the "started on" log line
     * @param stoppedName names the simulator in the "stopped" log line
     * @param tickPeriod how often the unit is advanced to the clock's time
     * @param clock the unit's time source
     * @param ticker runs the tick task
     * @param ownsTicker whether {@link #close()} shuts {@code ticker} down
     * @param linkFaults the link faults the back door arms
     */
    protected UnitSimulator(Logger log, String startedName, String stoppedName, Duration tickPeriod, NanoClock clock,
                            ScheduledExecutorService ticker, boolean ownsTicker, LinkFaultPlan linkFaults) {
        this.log = Objects.requireNonNull(log, "log");
        this.startedName = Objects.requireNonNull(startedName, "startedName");
        this.stoppedName = Objects.requireNonNull(stoppedName, "stoppedName");
        this.tickPeriod = Objects.requireNonNull(tickPeriod, "tickPeriod");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.ownsTicker = ownsTicker;
        this.linkFaults = Objects.requireNonNull(linkFaults, "linkFaults");
    }

    /** What {@link #serve} made: the unit's protocol server, its back door, and how it ticks. */
    protected static final class Served<C> {
        private final EndpointLink server;
        private final C control;
        private final Runnable tick;
        private final Runnable failSafe;

        /**
         * @param server serves the unit's dialect on the endpoint (not yet started)
         * @param control the unit's back door
         * @param tick advances the unit to the clock's time
         * @param failSafe puts the unit in its safe state
         */
        public Served(EndpointLink server, C control, Runnable tick, Runnable failSafe) {
            this.server = Objects.requireNonNull(server, "server");
            this.control = Objects.requireNonNull(control, "control");
            this.tick = Objects.requireNonNull(tick, "tick");
            this.failSafe = Objects.requireNonNull(failSafe, "failSafe");
        }
    }

    /**
     * Powers the unit up (on {@code unitClock}, recording into {@code faultLedger}) and makes its
     * protocol server on {@code deviceEndpoint} (which is open; observations go to
     * {@code observer}) and its back door (arming {@code faults}).
     */
    protected abstract Served<C> serve(DeviceEndpoint deviceEndpoint, NanoClock unitClock, FaultLedger faultLedger,
                                       SimulatorObserver observer, LinkFaultPlan faults);

    /**
     * Opens {@code deviceEndpoint} (which the simulator then owns and closes), powers the unit up
     * and starts serving; returns at once.
     *
     * @throws EndpointException if the endpoint cannot be opened (nothing is left running)
     * @throws IllegalStateException if already started or closed
     */
    @Override
    public synchronized UnitSimulator<C> start(DeviceEndpoint deviceEndpoint) throws EndpointException {
        if (closed || served != null) {
            throw new IllegalStateException(closed ? "simulator is closed" : "simulator already started");
        }
        Objects.requireNonNull(deviceEndpoint, "deviceEndpoint").open();
        endpoint = deviceEndpoint;
        served = serve(endpoint, clock, ledger, observers, linkFaults);
        interpreter = new ControlLineInterpreter(served.control);
        served.server.start();
        long period = tickPeriod.toNanos();
        tick = ticker.scheduleAtFixedRate(this::tickSafely, period, period, TimeUnit.NANOSECONDS);
        log.info("{} started on {}", startedName, endpoint.describe());
        return this;
    }

    /** The back door (inputs, faults, true state). */
    @Override
    public synchronized C control() {
        requireStarted();
        return served.control;
    }

    /** Runs text control lines against {@link #control()}. */
    @Override
    public synchronized ControlLineInterpreter interpreter() {
        requireStarted();
        return interpreter;
    }

    /** Serves text control lines on loopback {@code port} (0 = any free port); closed with the simulator. */
    @Override
    public synchronized ControlServer startControlServer(int port) throws IOException {
        requireStarted();
        ControlServer controlServer = ControlServer.start(interpreter, port);
        controlServers.add(controlServer);
        return controlServer;
    }

    /** The endpoint being served (after {@link #start}). */
    @Override
    public synchronized DeviceEndpoint endpoint() {
        requireStarted();
        return endpoint;
    }

    /** Adds an observer of traffic and faults; it may be added before or after start. */
    @Override
    public void addObserver(SimulatorObserver observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
    }

    /** Removes an observer. */
    @Override
    public void removeObserver(SimulatorObserver observer) {
        observers.remove(observer);
    }

    /** Stops every thread, closes the endpoint (removing a pty link) and the control servers; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        controlServers.forEach(ControlServer::close);
        if (tick != null) {
            tick.cancel(false);
        }
        if (ownsTicker) {
            ticker.shutdownNow();
        }
        if (served != null) {
            served.server.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
        log.info("{} stopped", stoppedName);
    }

    /** Throws IllegalStateException unless {@link #start} has made the unit. */
    protected final void requireStarted() {
        if (served == null) {
            throw new IllegalStateException("simulator not started");
        }
    }

    /** A ticker thread of the simulator's own ({@code pulseguard-sim-ticker}, daemon). */
    protected static ScheduledExecutorService newTicker() {
        return Executors.newSingleThreadScheduledExecutor(SimulatorThreads.named("pulseguard-sim-ticker"));
    }

    private void tickSafely() {
        try {
            served.tick.run();
        } catch (RuntimeException e) {
            log.error("simulator ticker failed; device goes to its safe state", e);
            try {
                served.failSafe.run();
            } catch (RuntimeException again) {
                log.error("simulator could not reach its safe state", again);
            }
        } catch (Error e) {
            // On an executor an uncaught Error would only cancel the tick silently: report it as the ticker's death.
            try {
                served.failSafe.run();
            } catch (RuntimeException | Error ignored) {
                // the Error below is the one worth reporting
            }
            SimulatorThreads.taskDied(e);
            throw e;
        }
    }
}
