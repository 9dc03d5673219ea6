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
import org.pulseguard.simulator.control.LineUnitControl;
import org.pulseguard.simulator.control.SimulatorObserver;
import org.pulseguard.simulator.control.UnitDevice;
import org.pulseguard.simulator.endpoint.DeviceEndpoint;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.fault.CorruptionRule;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.fault.LinkFaultPlan;
import org.pulseguard.simulator.link.LineDialect;
import org.pulseguard.simulator.link.LineProtocolServer;
import org.pulseguard.simulator.link.LinkOptions;
import org.pulseguard.simulator.model.NanoClock;
import org.pulseguard.transport.SerialSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the text-dialect simulators (Big Sky, Quanta-Ray) share: a unit ({@link UnitDevice}) and its
 * dialect served on an endpoint by a {@link LineProtocolServer}, the ticker that advances the unit
 * (injectable), observers, fault ledger, link faults ({@link CorruptionRule#TEXT_HIGH_BIT}), back
 * door, control lines and control servers.
 *
 * <p>Threads, all named and daemon: the ticker ({@code pulseguard-sim-ticker}), the protocol reader
 * and writer, the endpoint's acceptor (TCP) and any control server. A failure on any of them is
 * logged and puts the unit in its safe state. Thread-safe; {@link #start} returns at once;
 * {@link #close()} is idempotent (an injected ticker is left running, only its task is cancelled).
 *
 * @param <D> the dialect's detail in the snapshot
 * @param <U> the dialect's unit
 */
public abstract class LineUnitSimulator<D, U extends UnitDevice<D>> implements SimulatedUnit {
    private static final Logger LOG = LoggerFactory.getLogger(LineUnitSimulator.class);

    private final String name;
    private final LinkOptions link;
    private final Duration tickPeriod;
    private final NanoClock clock;
    private final ScheduledExecutorService ticker;
    private final boolean ownsTicker;
    private final ObserverFanout observers = new ObserverFanout();
    private final FaultLedger ledger = new FaultLedger(observers);
    private final LinkFaultPlan linkFaults;
    private final List<ControlServer> controlServers = new ArrayList<>();
    private U unit;
    private LineProtocolServer server;
    private DeviceEndpoint endpoint;
    private LineUnitControl<D> control;
    private ControlLineInterpreter interpreter;
    private ScheduledFuture<?> tick;
    private boolean closed;

    /**
     * @param name for the log, for example {@code Big Sky CFR 184}
     * @param link line settings at power-up, pacing, garbage on open
     * @param tickPeriod how often the unit is advanced to the clock's time
     * @param seed seed of the link faults' choices
     * @param clock the unit's time source
     * @param ticker runs the tick task; null = the simulator makes (and later stops) its own thread
     */
    protected LineUnitSimulator(String name, LinkOptions link, Duration tickPeriod, long seed, NanoClock clock,
                                ScheduledExecutorService ticker) {
        this.name = Objects.requireNonNull(name, "name");
        this.link = Objects.requireNonNull(link, "link");
        this.tickPeriod = Objects.requireNonNull(tickPeriod, "tickPeriod");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ownsTicker = ticker == null;
        this.ticker = ticker == null ? newTicker() : ticker;
        this.linkFaults = new LinkFaultPlan(seed ^ 0x5EED_F00DL, CorruptionRule.TEXT_HIGH_BIT);
    }

    /** Makes the unit, powered up now. */
    protected abstract U createUnit(NanoClock unitClock, FaultLedger faultLedger);

    /** Makes the dialect's receive side for {@code newUnit}; {@code lineSpeed} changes the output pacing (a BAUD command). */
    protected abstract LineDialect createDialect(U newUnit, LineSpeed lineSpeed);

    /** Changes the speed the link paces output at, as a unit told to change its baud rate does. */
    @FunctionalInterface
    public interface LineSpeed {
        /** Paces output at {@code settings} from now on. */
        void change(SerialSettings settings);
    }

    @Override
    public SerialSettings lineSettings() {
        return link.lineSettings();
    }

    @Override
    public synchronized LineUnitSimulator<D, U> start(DeviceEndpoint deviceEndpoint) throws EndpointException {
        if (closed || unit != null) {
            throw new IllegalStateException(closed ? "simulator is closed" : "simulator already started");
        }
        Objects.requireNonNull(deviceEndpoint, "deviceEndpoint").open();
        endpoint = deviceEndpoint;
        unit = createUnit(clock, ledger);
        LineDialect dialect = createDialect(unit, settings -> server.setLineSettings(settings));
        server = new LineProtocolServer(dialect, endpoint, linkFaults, ledger, link, observers, unit::failSafe,
                "the " + dialect() + " dialect");
        control = new LineUnitControl<>(unit, server, linkFaults, ledger);
        interpreter = new ControlLineInterpreter(control);
        server.start();
        long period = tickPeriod.toNanos();
        tick = ticker.scheduleAtFixedRate(this::tickSafely, period, period, TimeUnit.NANOSECONDS);
        LOG.info("{} simulator started on {}", name, endpoint.describe());
        return this;
    }

    @Override
    public synchronized LineUnitControl<D> control() {
        requireStarted();
        return control;
    }

    @Override
    public synchronized ControlLineInterpreter interpreter() {
        requireStarted();
        return interpreter;
    }

    @Override
    public synchronized ControlServer startControlServer(int port) throws IOException {
        requireStarted();
        ControlServer controlServer = ControlServer.start(interpreter, port);
        controlServers.add(controlServer);
        return controlServer;
    }

    @Override
    public synchronized DeviceEndpoint endpoint() {
        requireStarted();
        return endpoint;
    }

    /** The unit (after {@link #start}), for tests that drive it directly. */
    public synchronized U unit() {
        requireStarted();
        return unit;
    }

    @Override
    public void addObserver(SimulatorObserver observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
    }

    @Override
    public void removeObserver(SimulatorObserver observer) {
        observers.remove(observer);
    }

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
        LOG.info("{} simulator stopped", name);
    }

    private void tickSafely() {
        try {
            unit.tick();
        } catch (RuntimeException | Error e) {
            LOG.error("simulator ticker failed; device goes to its safe state", e);
            try {
                unit.failSafe();
            } catch (RuntimeException again) {
                LOG.error("simulator could not reach its safe state", again);
            }
        }
    }

    private void requireStarted() {
        if (unit == null) {
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
