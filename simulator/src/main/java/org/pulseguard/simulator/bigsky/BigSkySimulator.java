package org.pulseguard.simulator.bigsky;

import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.simulator.LineUnitSimulator;
import org.pulseguard.simulator.endpoint.DeviceEndpoint;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.link.LineDialect;
import org.pulseguard.simulator.model.NanoClock;

/**
 * A simulated Quantel Big Sky / CFR treatment unit (laser-protocols.md section 1,
 * docs/protocol/bigsky.md, simulator/README.md), served on a byte endpoint:
 * {@code new BigSkySimulator(BigSkyConfig.defaults()).start(endpoint)}. Every command of the table
 * is answered with exactly 17 bytes; the footswitch is the external Q-switch trigger.
 * Thread-safe; see {@link LineUnitSimulator} for threads and life cycle.
 */
public final class BigSkySimulator extends LineUnitSimulator<BigSkyState, BigSkyUnit> {
    private final BigSkyConfig config;

    /** A simulator on the system clock with its own ticker thread. */
    public BigSkySimulator(BigSkyConfig config) {
        this(config, NanoClock.system(), null);
    }

    /**
     * A simulator on an injected clock and ticker (tests: a fake clock runs minutes of device time
     * in milliseconds). An injected ticker is not shut down by {@link #close()}; null makes one.
     */
    public BigSkySimulator(BigSkyConfig config, NanoClock clock, ScheduledExecutorService ticker) {
        super("Big Sky CFR " + config.serial(), config.link(), config.tickPeriod(), config.seed(), clock, ticker);
        this.config = config;
    }

    /** {@code bigsky}. */
    @Override
    public String dialect() {
        return "bigsky";
    }

    /** The configuration. */
    public BigSkyConfig config() {
        return config;
    }

    @Override
    public BigSkySimulator start(DeviceEndpoint endpoint) throws EndpointException {
        super.start(endpoint);
        return this;
    }

    @Override
    protected BigSkyUnit createUnit(NanoClock clock, FaultLedger ledger) {
        return new BigSkyUnit(config, clock, ledger);
    }

    @Override
    protected LineDialect createDialect(BigSkyUnit unit, LineSpeed lineSpeed) {
        return new BigSkyDialect(unit);
    }
}
