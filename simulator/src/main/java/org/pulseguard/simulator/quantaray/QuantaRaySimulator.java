package org.pulseguard.simulator.quantaray;

import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.simulator.LineUnitSimulator;
import org.pulseguard.simulator.endpoint.DeviceEndpoint;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.link.LineDialect;
import org.pulseguard.simulator.model.NanoClock;

/**
 * A simulated Spectra-Physics Quanta-Ray INDI/PRO/LAB treatment unit (laser-protocols.md section 2,
 * docs/protocol/quantaray.md, simulator/README.md), served on a byte endpoint:
 * {@code new QuantaRaySimulator(QuantaRayConfig.defaults()).start(endpoint)}. It enforces the
 * {@code WATC} host watchdog; the footswitch gates Q-switch firing in {@code QSW REP}.
 * Thread-safe; see {@link LineUnitSimulator} for threads and life cycle.
 */
public final class QuantaRaySimulator extends LineUnitSimulator<QuantaRayState, QuantaRayUnit> {
    private final QuantaRayConfig config;

    /** A simulator on the system clock with its own ticker thread. */
    public QuantaRaySimulator(QuantaRayConfig config) {
        this(config, NanoClock.system(), null);
    }

    /**
     * A simulator on an injected clock and ticker (tests: a fake clock runs minutes of device time
     * in milliseconds). An injected ticker is not shut down by {@link #close()}; null makes one.
     */
    public QuantaRaySimulator(QuantaRayConfig config, NanoClock clock, ScheduledExecutorService ticker) {
        super("Quanta-Ray", config.link(), config.tickPeriod(), config.seed(), clock, ticker);
        this.config = config;
    }

    /** {@code quantaray}. */
    @Override
    public String dialect() {
        return "quantaray";
    }

    /** The configuration. */
    public QuantaRayConfig config() {
        return config;
    }

    @Override
    public QuantaRaySimulator start(DeviceEndpoint endpoint) throws EndpointException {
        super.start(endpoint);
        return this;
    }

    @Override
    protected QuantaRayUnit createUnit(NanoClock clock, FaultLedger ledger) {
        return new QuantaRayUnit(config, clock, ledger);
    }

    @Override
    protected LineDialect createDialect(QuantaRayUnit unit, LineSpeed lineSpeed) {
        return new QuantaRayDialect(unit, lineSpeed);
    }
}
