package org.pulseguard.session;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceEventListener;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.quantity.SpotDiameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supervises one treatment session on one laser unit: the explicit state machine of
 * {@link SessionState} over a {@link LaserDevice}. Operator requests are checked in full (session,
 * checklist, safety gate, readback, interlocks, footswitch, calibration) before anything reaches the
 * laser; device events and timers trip it to STANDBY in doubt; trips and emergency stops latch until
 * {@link #reset()}. Every transition, refusal and trip is a {@link SupervisorEvent}.
 *
 * <p>Thread-safe. The locks and their order are in {@link SupervisorLocks}: the state machine
 * decides under a short lock that never covers device I/O; operator commands talk to the laser
 * outside it and are re-validated afterwards ({@link OperatorCommands}); a trip's standby is sent by
 * the deciding thread right after its decision, whatever command is in flight; {@link #emergencyStop()}
 * sends its stop before taking any lock. Events reach listeners in decision order and never before
 * their decision's safe action was asked for; the deciding thread sends that action before it
 * delivers anything, but another thread already delivering may announce the event while the action
 * is still being written ({@link SupervisorOutbox}).
 */
public final class SessionSupervisor implements DeviceEventListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SessionSupervisor.class);

    private final SupervisorLocks locks = new SupervisorLocks();
    private final SessionContext ctx;
    private final OperatorRequests requests;
    private final OperatorCommands commands;
    private final DeviceObservations observations;
    private volatile ScheduledFuture<?> ticker;

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
        this.commands = new OperatorCommands(ctx, requests, this::decide);
        this.observations = new DeviceObservations(ctx, requests);
        device.addListener(this);
    }

    /** Starts the timers (emission delay, idle timeout, stuck footswitch) on {@code scheduler}; returns at once. */
    public void start(ScheduledExecutorService scheduler, long tickMillis) {
        ticker = scheduler.scheduleWithFixedDelay(this::safeTick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    /** Adds a listener for every supervisor event (the journal, the screen); it may call back into the supervisor. */
    public void addListener(SupervisorEventListener listener) {
        ctx.outbox.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener. */
    public void removeListener(SupervisorEventListener listener) {
        ctx.outbox.removeListener(listener);
    }

    /** The current state. */
    public SessionState state() {
        return locks.decide(() -> ctx.state);
    }

    /** Pulses counted in the session (the open one, else the last closed one; 0 before the first). */
    public long sessionPulses() {
        return locks.decide(ctx::sessionPulses);
    }

    /** The session's runs and total (the open one, else the last closed one): every pulse in exactly one run. */
    public SessionTally sessionTally() {
        return locks.decide(ctx.ledger::tally);
    }

    /**
     * Opens a session: profile fits the unit, skin type covered, checklist complete, test spot when
     * needed, and the journal working. The unit's counters are read first, for the journal's
     * reconciliation (a unit that cannot be read still gets its session; its arm will fail).
     */
    public Outcome openSession(SessionRequest request) {
        Objects.requireNonNull(request, "request");
        return locks.operatorCommand(() -> {
            PulseCounters counters = readCountersOrNull();
            return decide(() -> requests.open(request, counters));
        });
    }

    /**
     * Reads the unit's counters and puts them on record ({@link ReasonCode#COUNTERS_READ}) for the
     * journal to reconcile with the last count it holds for the unit; call right after connecting.
     */
    public Outcome checkCounters() {
        return locks.operatorCommand(() -> {
            PulseCounters counters;
            try {
                counters = ctx.device.counters();
            } catch (DeviceException e) {
                return decide(() -> ctx.refuse(ReasonCode.DEVICE_UNREACHABLE, "counters not read: " + e.getMessage()));
            }
            return decide(() -> {
                if (ctx.device.identity().isEmpty()) {
                    return ctx.refuse(ReasonCode.DEVICE_UNREACHABLE, "the unit has not identified itself");
                }
                ctx.record(ReasonCode.COUNTERS_READ, "at connect: " + counters,
                        new EventFacts.CountersRead(EventFacts.CounterCheck.CONNECT, ctx.device.identity().get(), counters));
                return new Outcome(true, ctx.state, ReasonCode.COUNTERS_READ, counters.toString());
            });
        });
    }

    private PulseCounters readCountersOrNull() {
        try {
            return ctx.device.counters();
        } catch (DeviceException e) {
            LOG.warn("Counters not read before the session opened ({})", e.reason());
            return null;
        }
    }

    /** Sets what keeps the records: an ARM waits until the records before it are durable. */
    public void keepRecordsWith(RecordKeeping keeping) {
        ctx.recordKeeping = Objects.requireNonNull(keeping, "keeping");
    }

    /**
     * The journal can no longer keep records: from now on sessions and arming are refused, and an
     * armed (or arming) unit is tripped to STANDBY ({@link ReasonCode#JOURNAL_FAILED}). Latches
     * for the life of this supervisor: the journal is reopened deliberately, with a new supervisor.
     */
    public void recordKeepingFailed(String why) {
        Objects.requireNonNull(why, "why");
        decide(() -> {
            boolean first = ctx.recordsFailed == null;
            ctx.recordsFailed = why;
            if (ctx.mayBeArmed() && !ctx.state.isLatched()) {
                return Trips.trip(ctx, ReasonCode.JOURNAL_FAILED, "the journal cannot keep records (" + why
                        + "): no treatment without a record");
            }
            if (first) {
                ctx.record(ReasonCode.JOURNAL_FAILED, "the journal cannot keep records (" + why + "); arming refused");
            }
            return null;
        });
    }

    /** Gates, sends and reads back a setpoint; from READY it first goes to STANDBY. */
    public Outcome applySetpoint(Setpoint setpoint) {
        Objects.requireNonNull(setpoint, "setpoint");
        return locks.operatorCommand(() -> commands.applySetpoint(setpoint));
    }

    /**
     * The technician confirms which handpiece (spot tip) is fitted: on fixed-handpiece units the unit
     * is told; from READY it goes to STANDBY first; a fresh setpoint is needed either way.
     */
    public Outcome handpieceChanged(SpotDiameter fitted) {
        Objects.requireNonNull(fitted, "fitted");
        return locks.operatorCommand(() -> commands.handpieceChanged(fitted));
    }

    /** Arms the laser after every check; READY follows after the emission delay. */
    public Outcome arm() {
        return locks.operatorCommand(commands::arm);
    }

    /** Back to STANDBY at once: does not wait for an operator command in flight (it supersedes it). */
    public Outcome standby() {
        return decide(requests::standby);
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
        return decide(() -> {
            ctx.standbyCommandedAt = ctx.now();
            ctx.endRun(ReasonCode.EMERGENCY_STOP);
            return ctx.moveTo(SessionState.EMERGENCY_STOPPED, SupervisorEvent.Kind.TRIP, ReasonCode.EMERGENCY_STOP, note);
        });
    }

    /** Deliberate reset of a trip or emergency stop: the unit's fault must clear and its interlocks be closed. */
    public Outcome reset() {
        return locks.operatorCommand(commands::reset);
    }

    /** Closes the session (the laser goes to STANDBY). */
    public Outcome closeSession() {
        return locks.operatorCommand(() -> decide(() -> requests.close(EventFacts.ClosedBy.OPERATOR)));
    }

    /** Closes the open session, if any, because the service is shutting down (the laser goes to STANDBY). */
    public Outcome closeSessionForShutdown() {
        return locks.operatorCommand(() -> decide(() -> requests.close(EventFacts.ClosedBy.SHUTDOWN)));
    }

    /** Runs the timers once; the scheduler calls it, tests may too. */
    public void tick() {
        decide(() -> {
            observations.tick();
            return null;
        });
    }

    @Override
    public void onEvent(DeviceEvent event) {
        decide(() -> {
            observations.on(event);
            return null;
        });
    }

    /** Stops the timers and stops listening to the device (does not close the device). Idempotent. */
    @Override
    public void close() {
        ScheduledFuture<?> running = ticker;
        if (running != null) {
            running.cancel(false);
        }
        ctx.device.removeListener(this);
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.error("Supervisor timer failed; tripping", e);
            decide(() -> Trips.trip(ctx, ReasonCode.DEVICE_FAULT, "supervisor timer failed: " + e));
        }
    }

    /**
     * One decision under the decision lock; then, with no lock held, the safe actions it asked for go
     * to the laser (a failure is recorded), and then its events go to the listeners.
     */
    private <T> T decide(Supplier<T> decision) {
        Decided<T> decided = locks.decide(() -> new Decided<>(decision.get(), ctx.takeSafeActions()));
        for (SessionContext.SafeAction action : decided.safeActions()) {
            Optional<String> trouble = Trips.carryOut(ctx.device, action);
            trouble.ifPresent(note -> locks.decide(() -> {
                ctx.record(ReasonCode.SAFE_STATE_NOT_CONFIRMED, note);
                return null;
            }));
        }
        ctx.outbox.publish();
        return decided.result();
    }

    /** A decision's result and the safe actions it asked for. */
    private record Decided<T>(T result, List<SessionContext.SafeAction> safeActions) {}
}
