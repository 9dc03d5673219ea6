package org.pulseguard.session;

import java.util.function.Supplier;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.DeviceStatus;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.Setpoint;
import org.pulseguard.quantity.SpotDiameter;

/**
 * The operator commands that talk to the laser (apply a setpoint, arm, confirm a handpiece, reset),
 * each as decide / talk to the unit / decide again. The unit is never talked to inside a decision,
 * so a trip, a standby or an emergency stop never waits for a command in flight (H19). A command
 * remembers the context's generation when it starts; if a trip, stop or standby bumped it meanwhile,
 * the command's result is not taken ({@link ReasonCode#COMMAND_SUPERSEDED}), and an ARM that may have
 * reached the unit is answered with another STANDBY.
 *
 * <p>Runs holding the operator-command lock ({@link SupervisorLocks}), so commands do not interleave.
 */
final class OperatorCommands {
    /** Runs one decision under the decision lock and then sends any safe action it asked for. */
    interface Decisions {
        <T> T decide(Supplier<T> decision);
    }

    /** How a command began: refused, or going on from {@code generation}. */
    private record Begun(Outcome refusal, long generation) {
        static Begun refused(Outcome refusal) {
            return new Begun(refusal, -1);
        }
    }

    private final SessionContext ctx;
    private final OperatorRequests requests;
    private final Decisions decisions;

    OperatorCommands(SessionContext ctx, OperatorRequests requests, Decisions decisions) {
        this.ctx = ctx;
        this.requests = requests;
        this.decisions = decisions;
    }

    Outcome applySetpoint(Setpoint setpoint) {
        Begun begun = decisions.decide(() -> {
            Outcome refused = requests.applyPreconditions(setpoint);
            if (refused != null) {
                return Begun.refused(refused);
            }
            requests.leaveArmedForParameterChange();
            return new Begun(null, ctx.generation);
        });
        if (begun.refusal() != null) {
            return begun.refusal();
        }
        Setpoint readBack = null;
        DeviceException failure = null;
        try {
            readBack = ctx.device.applySetpoint(setpoint);
        } catch (DeviceException e) {
            failure = e;
        }
        Setpoint answer = readBack;
        DeviceException failed = failure;
        return decisions.decide(() -> superseded(begun, false)
                ? supersededOutcome("setpoint " + setpoint + " not taken as verified")
                : requests.setpointApplied(setpoint, answer, failed));
    }

    Outcome arm() {
        Begun begun = decisions.decide(() -> {
            Outcome refused = requests.armPreconditions();
            return refused != null ? Begun.refused(refused) : new Begun(null, ctx.generation);
        });
        if (begun.refusal() != null) {
            return begun.refusal();
        }
        java.util.Optional<String> unrecorded = ctx.recordKeeping.awaitDurable();
        if (unrecorded.isPresent()) {
            return decisions.decide(() -> superseded(begun, false) ? supersededOutcome("not armed")
                    : ctx.refuse(ReasonCode.JOURNAL_FAILED, "not armed: the session's records are not durable ("
                            + unrecorded.get() + "); no treatment without a record"));
        }
        DeviceStatus status;
        try {
            status = ctx.device.status();
        } catch (DeviceException e) {
            return decisions.decide(() -> superseded(begun, false) ? supersededOutcome("not armed")
                    : ctx.refuse(ReasonCode.DEVICE_UNREACHABLE, e.getMessage()));
        }
        Outcome refused = decisions.decide(() -> {
            if (superseded(begun, false)) {
                return supersededOutcome("not armed");
            }
            Outcome checked = requests.statusPreconditions(status);
            ctx.armInFlight = checked == null;
            return checked;
        });
        if (refused != null) {
            return refused;
        }
        LaserState after = null;
        DeviceException failure = null;
        try {
            after = ctx.device.arm();
        } catch (DeviceException e) {
            failure = e;
        }
        LaserState answer = after;
        DeviceException failed = failure;
        return decisions.decide(() -> {
            ctx.armInFlight = false;
            if (superseded(begun, true)) {
                return supersededOutcome("ARM may have reached the unit: STANDBY sent again");
            }
            return requests.armed(answer, failed);
        });
    }

    Outcome handpieceChanged(SpotDiameter fitted) {
        Begun begun = decisions.decide(() -> {
            requests.leaveArmedForHandpieceChange(fitted);
            return new Begun(null, ctx.generation);
        });
        DeviceException failure = null;
        try {
            ctx.device.confirmHandpiece(fitted);
        } catch (DeviceException e) {
            failure = e;
        }
        DeviceException failed = failure;
        return decisions.decide(() -> superseded(begun, false) ? supersededOutcome(fitted + " handpiece: confirm it again")
                : requests.handpieceConfirmed(fitted, failed));
    }

    Outcome reset() {
        Begun begun = decisions.decide(() -> {
            Outcome refused = requests.resetPreconditions();
            return refused != null ? Begun.refused(refused) : new Begun(null, ctx.generation);
        });
        if (begun.refusal() != null) {
            return begun.refusal();
        }
        DeviceFault left = null;
        DeviceStatus status = null;
        DeviceException failure = null;
        org.pulseguard.device.PulseCounters counters = null;
        try {
            if (!ctx.device.isConnected()) {
                ctx.device.reconnect();
                counters = ctx.device.counters();
            }
            left = ctx.device.resetFault();
            status = left == DeviceFault.NONE ? ctx.device.status() : null;
        } catch (DeviceException e) {
            failure = e;
        }
        DeviceFault answer = left;
        DeviceStatus after = status;
        DeviceException failed = failure;
        org.pulseguard.device.PulseCounters reconnected = counters;
        return decisions.decide(() -> {
            if (reconnected != null && ctx.device.identity().isPresent()) {
                ctx.record(ReasonCode.COUNTERS_READ, "after the reconnect: " + reconnected, new EventFacts.CountersRead(
                        EventFacts.CounterCheck.LINK_RESTORED, ctx.device.identity().get(), reconnected));
            }
            return superseded(begun, false) ? supersededOutcome("still latched: reset again")
                    : requests.resetAnswered(answer, after, failed);
        });
    }

    /**
     * True when a trip, stop or standby came since the command began; with {@code armMayHaveReached},
     * the laser is sent to STANDBY again (the late ARM may have armed it).
     */
    private boolean superseded(Begun begun, boolean armMayHaveReached) {
        if (ctx.generation == begun.generation()) {
            return false;
        }
        if (armMayHaveReached) {
            Trips.toStandby(ctx);
        }
        return true;
    }

    private Outcome supersededOutcome(String consequence) {
        return ctx.refuse(ReasonCode.COMMAND_SUPERSEDED, "a trip, stop or standby came while the unit was being told; "
                + consequence);
    }
}
