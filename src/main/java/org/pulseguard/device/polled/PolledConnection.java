package org.pulseguard.device.polled;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.locks.Lock;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.StateChangeCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one established connection to a polled unit does the same in every dialect: it is alive as
 * long as its {@link ExchangeLink}, it polls on the scheduler under the command lock, it reports
 * each polled reading and counter through the driver's {@link UnitTracker} and
 * {@link PulseCounter} in the reference unit's order, and its close stops the poll and the link.
 * The dialect supplies the poll itself, and the one query that tells a restart
 * ({@link #unitForgotTheHostSettings()}). Lives from one (re)connect to its close or loss.
 *
 * <p>Thread-safe.
 */
public abstract class PolledConnection implements PolledDriverCore.Connection {
    private static final Logger LOG = LoggerFactory.getLogger(PolledConnection.class);
    private final ExchangeLink exchangeLink;
    /** The driver's tracker: every reading goes through it. */
    protected final UnitTracker tracker;
    /** The driver's pulse counter: every counter reading goes through it. */
    protected final PulseCounter pulses;
    /** The port name, for logs and the poll thread. */
    protected final String name;
    private volatile Poller poller;

    /**
     * @param exchangeLink the started link to the unit
     * @param tracker the driver's tracker
     * @param pulses the driver's pulse counter
     * @param name the port name
     */
    protected PolledConnection(ExchangeLink exchangeLink, UnitTracker tracker, PulseCounter pulses, String name) {
        this.exchangeLink = exchangeLink;
        this.tracker = tracker;
        this.pulses = pulses;
        this.name = name;
    }

    @Override
    public boolean isAlive() {
        return exchangeLink.isAlive();
    }

    @Override
    public Optional<String> lossReason() {
        return exchangeLink.lossReason();
    }

    /** Runs {@link #poll()} every {@code period} under {@code commandLock}. */
    public void startPolling(ScheduledExecutorService scheduler, Duration period, Lock commandLock) {
        Poller started = new Poller(exchangeLink, name, commandLock, this::poll);
        poller = started;
        started.start(scheduler, period);
    }

    /** One poll of the unit; runs on the scheduler holding the command lock. */
    protected abstract void poll() throws DeviceException;

    /**
     * One query of a value the driver set on the unit and the unit forgets at power-up: true when it
     * is back at its power-up value, so the unit restarted since the driver set it [inferred]. False
     * when the driver has set no such value on this connection. Asked only when the unit left READY
     * or EMISSION unasked, under the command lock (the emergency stop names its own cause).
     *
     * @throws DeviceException as any exchange; the reading it was asked for is then not reported
     */
    protected abstract boolean unitForgotTheHostSettings() throws DeviceException;

    /**
     * The cause to report for a reading in state {@code next}: {@code commanded} when the driver
     * caused the change; {@link StateChangeCause#POWER} when the unit left READY or EMISSION unasked
     * and {@link #unitForgotTheHostSettings()} says it restarted (a restart is then named as one, not
     * as a watchdog expiry or a fault, and latches no WATCHDOG_EXPIRED); otherwise null, for the
     * tracker to infer.
     */
    protected final StateChangeCause causeOf(LaserState next, StateChangeCause commanded) throws DeviceException {
        LaserState last = tracker.state();
        if (commanded != null || !isArmed(last) || isArmed(next) || !unitForgotTheHostSettings()) {
            return commanded;
        }
        LOG.warn("Unit on {} left {} for {} and is back at its power-up settings: it restarted", name, last, next);
        return StateChangeCause.POWER;
    }

    private static boolean isArmed(LaserState state) {
        return state == LaserState.READY || state == LaserState.EMISSION;
    }

    /** How long EMISSION outlasts the last rise of the pulse counter: above one period at 1 Hz. */
    public static final long EMISSION_HOLD_NANOS = 1_200_000_000L;
    private volatile long lastRiseNanos; // when the lifetime counter last rose (written by the poll only)

    /**
     * Notes a fresh reading of the lifetime counter before it is reported: a rise means the unit is
     * firing. Call before {@link #firing(LaserState)} and {@link #report}.
     *
     * @throws DeviceException PROTOCOL_ERROR for a reading no unit could give ({@link PulseCounter})
     */
    protected final void noteCounter(long lifetime) throws DeviceException {
        pulses.requirePlausible(lifetime);
        long previous = pulses.lastReading();
        if (previous >= 0 && lifetime > previous) {
            lastRiseNanos = System.nanoTime();
        }
    }

    /**
     * READY with the pulse counter rising is EMISSION [inferred]: on these units the hardware footswitch
     * fires a Q-switch armed on it, which their status words cannot tell from waiting (the Big Sky's
     * WOR shows the Q-switch started either way; the Quanta-Ray's "recently fired" bit outlives a run by
     * a second). EMISSION holds until the counter has stood still for {@link #EMISSION_HOLD_NANOS}, so a
     * run at 1 Hz does not flicker between polls.
     */
    public final LaserState firing(LaserState fromStatus) {
        if (fromStatus != LaserState.READY && fromStatus != LaserState.EMISSION) {
            // Out of READY the hold ends: pulses counted before a stop must not make a fresh arm look like firing.
            lastRiseNanos = 0;
            return fromStatus;
        }
        boolean holding = lastRiseNanos != 0 && System.nanoTime() - lastRiseNanos <= EMISSION_HOLD_NANOS;
        return fromStatus == LaserState.READY && holding ? LaserState.EMISSION : fromStatus;
    }

    /**
     * Reports a polled reading and the lifetime counter read with it. The reference unit's order:
     * pulses come between entering EMISSION and leaving it.
     *
     * @return true when the reading latched a fault, so the dialect must stop the unit
     * @throws DeviceException PROTOCOL_ERROR for a counter reading no unit could give
     */
    protected final boolean report(UnitTracker.Reading reading, long lifetime) throws DeviceException {
        StateChangeCause cause = causeOf(reading.state(), null);
        boolean leavingEmission = tracker.state() == LaserState.EMISSION && reading.state() != LaserState.EMISSION;
        if (leavingEmission) {
            pulses.observe(lifetime);
        }
        boolean tripped = tracker.observe(reading, cause);
        if (!leavingEmission) {
            pulses.observe(lifetime);
        }
        return tripped;
    }

    @Override
    public void close() {
        Poller running = poller;
        if (running != null) {
            running.stop();
        }
        exchangeLink.close();
    }
}
