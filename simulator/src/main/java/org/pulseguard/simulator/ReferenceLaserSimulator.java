package org.pulseguard.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.pulseguard.simulator.console.ControlLineInterpreter;
import org.pulseguard.simulator.console.ControlServer;
import org.pulseguard.simulator.control.SimulatorControl;
import org.pulseguard.simulator.control.SimulatorObserver;
import org.pulseguard.simulator.endpoint.DeviceEndpoint;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.fault.LinkFaultPlan;
import org.pulseguard.simulator.link.ProtocolServer;
import org.pulseguard.simulator.model.NanoClock;
import org.pulseguard.simulator.model.SimulatedLaser;
import org.pulseguard.transport.SerialSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated pulseguard reference laser (docs/protocol/reference-laser.md), served on a byte
 * endpoint: {@code new ReferenceLaserSimulator(config).start(endpoint)}, then {@link #control()}
 * for the back door and {@link #close()} to stop it.
 *
 * <p>Threads, all named and daemon: the ticker ({@code pulseguard-sim-ticker}, advances the model
 * every ~2 ms; injectable), the protocol reader and writer, the endpoint's acceptor (TCP) and any
 * control server. A failure on any of them is logged and puts the unit in its safe state (STANDBY,
 * fault INTERNAL); no thread dies silently.
 *
 * <p>Thread-safe. {@link #start} returns at once; {@link #close()} is idempotent and stops every
 * thread the simulator started (an injected ticker is left running, only its task is cancelled).
 */
public final class ReferenceLaserSimulator implements SimulatedUnit {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceLaserSimulator.class);

    private final SimulatorConfig config;
    private final NanoClock clock;
    private final ScheduledExecutorService ticker;
    private final boolean ownsTicker;
    private final ObserverFanout observers = new ObserverFanout();
    private final FaultLedger ledger = new FaultLedger(observers);
    private final LinkFaultPlan linkFaults;
    private final List<ControlServer> controlServers = new ArrayList<>();
    private SimulatedLaser laser;
    private ProtocolServer server;
    private DeviceEndpoint endpoint;
    private SimulatorControl control;
    private ControlLineInterpreter interpreter;
    private ScheduledFuture<?> tick;
    private boolean closed;

    /** A simulator on the system clock with its own ticker thread. */
    public ReferenceLaserSimulator(SimulatorConfig config) {
        this(config, NanoClock.system(), newTicker(), true);
    }

    /**
     * A simulator on an injected clock and ticker (tests: a fake clock runs minutes of device time
     * in milliseconds). The ticker is not shut down by {@link #close()}.
     */
    public ReferenceLaserSimulator(SimulatorConfig config, NanoClock clock, ScheduledExecutorService ticker) {
        this(config, clock, ticker, false);
    }

    private ReferenceLaserSimulator(SimulatorConfig config, NanoClock clock, ScheduledExecutorService ticker,
                                    boolean ownsTicker) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.ownsTicker = ownsTicker;
        this.linkFaults = new LinkFaultPlan(config.device().seed() ^ 0x5EED_F00DL);
    }

    /** {@code reference}. */
    @Override
    public String dialect() {
        return "reference";
    }

    @Override
    public SerialSettings lineSettings() {
        return config.link().lineSettings();
    }

    /**
     * Opens {@code deviceEndpoint} (which the simulator then owns and closes), powers the unit up
     * and starts serving; returns at once.
     *
     * @throws EndpointException if the endpoint cannot be opened (nothing is left running)
     * @throws IllegalStateException if already started or closed
     */
    @Override
    public synchronized ReferenceLaserSimulator start(DeviceEndpoint deviceEndpoint) throws EndpointException {
        if (closed || laser != null) {
            throw new IllegalStateException(closed ? "simulator is closed" : "simulator already started");
        }
        Objects.requireNonNull(deviceEndpoint, "deviceEndpoint").open();
        endpoint = deviceEndpoint;
        laser = new SimulatedLaser(config.device(), clock, ledger);
        server = new ProtocolServer(laser, endpoint, linkFaults, ledger, config.link(), observers);
        control = new SimulatorControl(laser, server, linkFaults, ledger);
        interpreter = new ControlLineInterpreter(control);
        server.start();
        long period = config.tickPeriod().toNanos();
        tick = ticker.scheduleAtFixedRate(this::tickSafely, period, period, TimeUnit.NANOSECONDS);
        LOG.info("reference laser simulator {} {} started on {}", config.device().model(), config.device().serial(),
                endpoint.describe());
        return this;
    }

    /** The back door (inputs, faults, true state). */
    @Override
    public synchronized SimulatorControl control() {
        requireStarted();
        return control;
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

    /** The configuration. */
    public SimulatorConfig config() {
        return config;
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
        if (server != null) {
            server.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
        LOG.info("reference laser simulator stopped");
    }

    private void tickSafely() {
        try {
            laser.tick();
        } catch (RuntimeException | Error e) {
            LOG.error("simulator ticker failed; device goes to its safe state", e);
            try {
                laser.failSafe();
            } catch (RuntimeException again) {
                LOG.error("simulator could not reach its safe state", again);
            }
        }
    }

    private void requireStarted() {
        if (laser == null) {
            throw new IllegalStateException("simulator not started");
        }
    }

    private static ScheduledExecutorService newTicker() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pulseguard-sim-ticker");
            thread.setDaemon(true);
            return thread;
        });
    }
}
