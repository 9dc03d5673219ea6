package org.pulseguard.simulator;

import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
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
public final class ReferenceLaserSimulator extends UnitSimulator<SimulatorControl> {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceLaserSimulator.class);

    private final SimulatorConfig config;

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
        super(LOG, "reference laser simulator " + Objects.requireNonNull(config, "config").device().model() + " " + config.device().serial(),
                "reference laser simulator", config.tickPeriod(), clock, ticker, ownsTicker,
                new LinkFaultPlan(config.device().seed() ^ 0x5EED_F00DL));
        this.config = config;
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

    @Override
    public synchronized ReferenceLaserSimulator start(DeviceEndpoint deviceEndpoint) throws EndpointException {
        super.start(deviceEndpoint);
        return this;
    }

    @Override
    protected Served<SimulatorControl> serve(DeviceEndpoint deviceEndpoint, NanoClock unitClock,
                                             FaultLedger faultLedger, SimulatorObserver observer,
                                             LinkFaultPlan faults) {
        SimulatedLaser laser = new SimulatedLaser(config.device(), unitClock, faultLedger);
        ProtocolServer server = new ProtocolServer(laser, deviceEndpoint, faults, faultLedger, config.link(), observer);
        return new Served<>(server, new SimulatorControl(laser, server, faults, faultLedger), laser::tick,
                laser::failSafe);
    }

    /** The configuration. */
    public SimulatorConfig config() {
        return config;
    }
}
