package org.pulseguard.session;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceEventListener;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.DeviceProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pulseguard.quantity.SpotDiameter;
import java.util.function.Supplier;

/**
 * Supervises one treatment session on one laser unit: the explicit state machine of
 * {@link SessionState} over a {@link LaserDevice}. Operator requests are checked in full (session,
 * checklist, safety gate, readback, interlocks, footswitch, calibration) before anything reaches the
 * laser; device events and timers trip it to STANDBY in doubt; trips and emergency stops latch until
 * {@link #reset()}. Every transition, refusal and trip is a {@link SupervisorEvent}.
 *
 * <p>Thread-safe: one lock orders operator requests, device events and ticks. {@link #emergencyStop()}
 * sends its stop to the laser before taking the lock, so a stop is never queued behind anything.
 */
public final class SessionSupervisor implements DeviceEventListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SessionSupervisor.class);

    private final ReentrantLock lock = new ReentrantLock(true);
    private final SessionContext ctx;
    private final OperatorRequests requests;
    private final DeviceObservations observations;
    private ScheduledFuture<?> ticker;

    /**
     * @param device the laser unit, connected or not; must not be null
     * @param deviceProfile the unit's profile (limits, tolerance, emission delay, calibration)
     * @param clock time source for timers and records
     * @param settings timers and thresholds
     */
    public SessionSupervisor(LaserDevice device, DeviceProfile deviceProfile, Clock clock, SupervisorSettings settings) {
        this.ctx = new SessionContext(Objects.requireNonNull(device, "device"), Objects.requireNonNull(deviceProfile, "deviceProfile"),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(settings, "settings"));
        this.requests = new OperatorRequests(ctx);
        this.observations = new DeviceObservations(ctx);
        device.addListener(this);
    }

    /** Starts the timers (emission delay, idle timeout, stuck footswitch) on {@code scheduler}; returns at once. */
    public void start(ScheduledExecutorService scheduler, long tickMillis) {
        ticker = scheduler.scheduleWithFixedDelay(this::safeTick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    /** Adds a listener for every supervisor event (the journal, the screen). */
    public void addListener(SupervisorEventListener listener) {
        ctx.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener. */
    public void removeListener(SupervisorEventListener listener) {
        ctx.removeListener(listener);
    }

    /** The current state. */
    public SessionState state() {
        return locked(() -> ctx.state);
    }

    /** Pulses counted in the session (the open one, else the last closed one; 0 before the first). */
    public long sessionPulses() {
        return locked(ctx::sessionPulses);
    }

    /** The session's runs and total (the open one, else the last closed one): every pulse in exactly one run. */
    public SessionTally sessionTally() {
        return locked(ctx.ledger::tally);
    }

    /** Opens a session: profile fits the unit, skin type covered, checklist complete, test spot when needed. */
    public Outcome openSession(SessionRequest request) {
        return locked(() -> requests.open(Objects.requireNonNull(request, "request")));
    }

    /** Gates, sends and reads back a setpoint; from READY it first goes to STANDBY. */
    public Outcome applySetpoint(Setpoint setpoint) {
        return locked(() -> requests.applySetpoint(Objects.requireNonNull(setpoint, "setpoint")));
    }

    /**
     * The technician confirms which handpiece (spot tip) is fitted: on fixed-handpiece units the unit
     * is told; from READY it goes to STANDBY first; a fresh setpoint is needed either way.
     */
    public Outcome handpieceChanged(SpotDiameter fitted) {
        return locked(() -> requests.handpieceChanged(Objects.requireNonNull(fitted, "fitted")));
    }

    /** Arms the laser after every check; READY follows after the emission delay. */
    public Outcome arm() {
        return locked(requests::arm);
    }

    /** Back to STANDBY. */
    public Outcome standby() {
        return locked(requests::standby);
    }

    /** Ends emission at once and latches; the stop goes to the laser before anything else is done. */
    public Outcome emergencyStop() {
        String sent;
        try {
            ctx.device.emergencyStop();
            sent = "emergency stop sent";
        } catch (DeviceException e) {
            sent = "emergency stop could not be sent (" + e.getMessage() + "): use the unit's own stop button";
        }
        String note = sent;
        return locked(() -> {
            ctx.standbyCommandedAt = ctx.now();
            ctx.endRun(ReasonCode.EMERGENCY_STOP);
            return ctx.moveTo(SessionState.EMERGENCY_STOPPED, SupervisorEvent.Kind.TRIP, ReasonCode.EMERGENCY_STOP, note);
        });
    }

    /** Deliberate reset of a trip or emergency stop: the unit's fault must clear and its interlocks be closed. */
    public Outcome reset() {
        return locked(requests::reset);
    }

    /** Closes the session (the laser goes to STANDBY). */
    public Outcome closeSession() {
        return locked(requests::close);
    }

    /** Runs the timers once; the scheduler calls it, tests may too. */
    public void tick() {
        locked(() -> {
            observations.tick();
            return null;
        });
    }

    @Override
    public void onEvent(DeviceEvent event) {
        locked(() -> {
            observations.on(event);
            return null;
        });
    }

    /** Stops the timers and stops listening to the device (does not close the device). Idempotent. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.cancel(false);
        }
        ctx.device.removeListener(this);
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.error("Supervisor timer failed; tripping", e);
            locked(() -> Trips.trip(ctx, ReasonCode.DEVICE_FAULT, "supervisor timer failed: " + e));
        }
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
