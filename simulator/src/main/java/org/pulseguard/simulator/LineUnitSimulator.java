package org.pulseguard.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
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
 * What the text-dialect simulators (Big Sky, Quanta-Ray) share beyond {@link UnitSimulator}: a unit
 * ({@link UnitDevice}) and its dialect served on an endpoint by a {@link LineProtocolServer}, link
 * faults that corrupt text ({@link CorruptionRule#TEXT_HIGH_BIT}) and a {@link LineUnitControl}
 * back door.
 *
 * <p>Threads, all named and daemon: the ticker ({@code pulseguard-sim-ticker}), the protocol reader
 * and writer, the endpoint's acceptor (TCP) and any control server. A failure on any of them is
 * logged and puts the unit in its safe state. Thread-safe; {@link #start} returns at once;
 * {@link #close()} is idempotent (an injected ticker is left running, only its task is cancelled).
 *
 * @param <D> the dialect's detail in the snapshot
 * @param <U> the dialect's unit
 */
public abstract class LineUnitSimulator<D, U extends UnitDevice<D>> extends UnitSimulator<LineUnitControl<D>> {
    private static final Logger LOG = LoggerFactory.getLogger(LineUnitSimulator.class);

    private final LinkOptions link;
    private U unit;
    private LineProtocolServer server;

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
        super(LOG, Objects.requireNonNull(name, "name") + " simulator", name + " simulator", tickPeriod, clock,
                ticker == null ? newTicker() : ticker, ticker == null,
                new LinkFaultPlan(seed ^ 0x5EED_F00DL, CorruptionRule.TEXT_HIGH_BIT));
        this.link = Objects.requireNonNull(link, "link");
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
        super.start(deviceEndpoint);
        return this;
    }

    @Override
    protected Served<LineUnitControl<D>> serve(DeviceEndpoint deviceEndpoint, NanoClock unitClock,
                                               FaultLedger faultLedger, SimulatorObserver observer,
                                               LinkFaultPlan faults) {
        unit = createUnit(unitClock, faultLedger);
        LineDialect dialect = createDialect(unit, settings -> server.setLineSettings(settings));
        server = new LineProtocolServer(dialect, deviceEndpoint, faults, faultLedger, link, observer, unit::failSafe,
                "the " + dialect() + " dialect");
        return new Served<>(server, new LineUnitControl<>(unit, server, faults, faultLedger), unit::tick,
                unit::failSafe);
    }

    /** The unit (after {@link #start}), for tests that drive it directly. */
    public synchronized U unit() {
        requireStarted();
        return unit;
    }
}
