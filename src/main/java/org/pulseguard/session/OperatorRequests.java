package org.pulseguard.session;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.DeviceStatus;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.FieldIssue;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.safety.GateDecision;
import org.pulseguard.safety.SafetyGate;
import java.time.Duration;

/**
 * What the technician asks for: open a session, apply a setpoint, arm, reset, close. Each request
 * is checked in full before anything is sent to the laser; every refusal names its reason.
 * The decisions only: called inside a decision ({@link SupervisorLocks#decide}), never talking to
 * the laser; {@link OperatorCommands} talks to it between these decisions.
 */
final class OperatorRequests {
    private final SessionContext ctx;

    OperatorRequests(SessionContext ctx) {
        this.ctx = ctx;
    }

    /** Opens a session; {@code counters} are the unit's, read just before (null when they could not be read). */
    Outcome open(SessionRequest request, org.pulseguard.device.PulseCounters counters) {
        if (ctx.recordsFailed != null) {
            return ctx.refuse(ReasonCode.JOURNAL_FAILED, "no treatment without a record: " + ctx.recordsFailed);
        }
        if (ctx.state.isLatched()) {
            return ctx.refuse(ReasonCode.FAULT_LATCHED, "reset the " + ctx.state + " first");
        }
        if (ctx.state != SessionState.IDLE) {
            return ctx.refuse(ReasonCode.SESSION_ALREADY_OPEN, "close the open session first");
        }
        List<FieldIssue> fit = request.profile().problemsOn(ctx.deviceProfile);
        if (!fit.isEmpty()) {
            return ctx.refuse(ReasonCode.PROFILE_NOT_FOR_DEVICE, request.profile().label() + " on "
                    + ctx.deviceProfile.label() + ": " + fit.stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        if (request.profile().bandFor(request.skinType()).isEmpty()) {
            return ctx.refuse(ReasonCode.SKIN_TYPE_NOT_IN_PROFILE, "skin type " + request.skinType() + " is not treated under "
                    + request.profile().label() + " (it covers " + request.profile().skinTypes() + ")");
        }
        List<String> missing = request.checklist().missingItems();
        if (!missing.isEmpty()) {
            return ctx.refuse(ReasonCode.CHECKLIST_INCOMPLETE, "not confirmed: " + String.join(", ", missing));
        }
        if (request.profile().testSpot().requires(request.skinType(), request.firstSessionOnSite())
                && !request.checklist().testSpotDone()) {
            return ctx.refuse(ReasonCode.TEST_SPOT_REQUIRED, request.profile().label() + " needs a test spot for skin type "
                    + request.skinType() + (request.firstSessionOnSite() ? " on a first session on this site" : ""));
        }
        String standby = Trips.toStandby(ctx);
        ctx.session = request;
        ctx.applied = null;
        ctx.ledger.clear();
        return ctx.moveTo(SessionState.STANDBY, SupervisorEvent.Kind.TRANSITION, ReasonCode.SESSION_OPENED,
                "profile " + request.profile().label() + ", operator " + request.operatorId() + standby,
                new EventFacts.SessionOpening(request, ctx.deviceProfile, ctx.device.identity().orElse(null), counters));
    }

    /** Apply, before the unit is told: every check; a refusal, or null to go on. */
    Outcome applyPreconditions(Setpoint setpoint) {
        if (ctx.state.isLatched()) {
            return ctx.refuse(ReasonCode.FAULT_LATCHED, "reset the " + ctx.state + " first");
        }
        if (ctx.session == null) {
            return ctx.refuse(ReasonCode.NO_SESSION, "open a session first");
        }
        GateDecision decision = gate(setpoint);
        if (!decision.isAllowed()) {
            return ctx.refuse(ReasonCode.GATE_REFUSED, setpoint + ": " + decision.refusals().stream()
                    .map(Object::toString).collect(Collectors.joining("; ")),
                    new EventFacts.SetpointRefused(setpoint, decision.fluence(), decision.refusals()));
        }
        return null;
    }

    /** Apply, allowed: from an armed state the laser goes to STANDBY first; no setpoint is verified meanwhile. */
    void leaveArmedForParameterChange() {
        if (ctx.state.isArmed()) {
            ctx.endRun(ReasonCode.PARAMETER_CHANGE);
            String safe = Trips.toStandby(ctx);
            ctx.moveTo(SessionState.STANDBY, SupervisorEvent.Kind.TRANSITION, ReasonCode.PARAMETER_CHANGE,
                    "parameters change only in STANDBY; re-arm after" + safe);
        }
        ctx.applied = null;
    }

    /** Apply, the unit answered: {@code readBack} is verified, or {@code failure} says why not. */
    Outcome setpointApplied(Setpoint setpoint, Setpoint readBack, DeviceException failure) {
        if (failure != null) {
            ReasonCode code = failure.reason() == DeviceException.Reason.READBACK_MISMATCH ? ReasonCode.READBACK_MISMATCH
                    : failure.isFatal() ? ReasonCode.DEVICE_UNREACHABLE : ReasonCode.DEVICE_REFUSED;
            return ctx.refuse(code, failure.getMessage(),
                    new EventFacts.SetpointRefused(setpoint, gate(setpoint).fluence(), java.util.List.of()));
        }
        ctx.applied = readBack;
        org.pulseguard.quantity.Fluence fluence = gate(setpoint).fluence();
        return ctx.moveTo(SessionState.STANDBY, SupervisorEvent.Kind.TRANSITION, ReasonCode.SETPOINT_APPLIED,
                ctx.applied + " read back; " + fluence + " allowed by " + ctx.session.profile().label(),
                new EventFacts.SetpointVerified(setpoint, readBack, fluence, ctx.session.profile()));
    }

    private GateDecision gate(Setpoint setpoint) {
        return SafetyGate.check(ctx.deviceProfile, ctx.session.profile(), ctx.session.skinType(), setpoint);
    }

    /** Arm, the unit answered {@code after} (or failed with {@code failure}): EMISSION_DELAY when it is READY. */
    Outcome armed(LaserState after, DeviceException failure) {
        if (failure != null) {
            return ctx.refuse(failure.isFatal() ? ReasonCode.DEVICE_UNREACHABLE : ReasonCode.DEVICE_REFUSED, failure.getMessage());
        }
        if (after != LaserState.READY) {
            return ctx.refuse(ReasonCode.DEVICE_REFUSED, "unit reports " + after + " after ARM");
        }
        ctx.delayEndsAt = ctx.now().plus(emissionDelay());
        ctx.consecutiveOffTolerance = 0;
        ctx.standbyCommandedAt = null;
        return ctx.moveTo(SessionState.EMISSION_DELAY, SupervisorEvent.Kind.TRANSITION, ReasonCode.ARMED,
                ctx.applied + "; emission delay " + emissionDelay().toMillis() + " ms",
                new EventFacts.Armed(ctx.applied, org.pulseguard.quantity.Fluence.of(ctx.applied.energy(), ctx.applied.spot()),
                        emissionDelay()));
    }

    /** Arm, before anything is asked of the unit: a refusal, or null to go on. */
    Outcome armPreconditions() {
        if (ctx.recordsFailed != null) {
            return ctx.refuse(ReasonCode.JOURNAL_FAILED, "no treatment without a record: " + ctx.recordsFailed);
        }
        if (ctx.state.isLatched()) {
            return ctx.refuse(ReasonCode.FAULT_LATCHED, "reset the " + ctx.state + " first");
        }
        if (ctx.session == null) {
            return ctx.refuse(ReasonCode.NO_SESSION, "open a session first");
        }
        if (ctx.state.isArmed()) {
            return ctx.refuse(ReasonCode.ALREADY_ARMED, "already " + ctx.state);
        }
        if (ctx.applied == null) {
            return ctx.refuse(ReasonCode.SETPOINT_NOT_APPLIED, "apply and verify a setpoint first");
        }
        if (ctx.pulseLimitReached()) {
            return ctx.refuse(ReasonCode.SESSION_PULSE_LIMIT, ctx.sessionPulses() + " pulses reached the limit of "
                    + ctx.session.profile().maxPulsesPerSession() + " set by " + ctx.session.profile().label());
        }
        LocalDate today = LocalDate.ofInstant(ctx.now(), ZoneOffset.UTC);
        if (!ctx.deviceProfile.calibration().isValidOn(today)) {
            return ctx.refuse(ReasonCode.CALIBRATION_EXPIRED, "calibration " + ctx.deviceProfile.calibration().certificate()
                    + " valid " + ctx.deviceProfile.calibration().performedOn() + ".." + ctx.deviceProfile.calibration().validUntil()
                    + ", today is " + today);
        }
        return null;
    }

    /** Arm, with the unit's status read: a refusal, or null to send ARM. */
    Outcome statusPreconditions(DeviceStatus status) {
        if (!status.openInterlocks().isEmpty()) {
            return ctx.refuse(ReasonCode.INTERLOCK_OPEN, "open: " + status.openInterlocks());
        }
        if (status.fault() != DeviceFault.NONE) {
            return ctx.refuse(ReasonCode.FAULT_LATCHED, "unit has fault " + status.fault() + " latched; reset it");
        }
        if (status.footswitchPressed()) {
            return ctx.refuse(ReasonCode.FOOTSWITCH_PRESSED_AT_ARM, "footswitch must be released at arming (stuck or held)");
        }
        if (!status.setpoint().equals(ctx.applied)) {
            return ctx.refuse(ReasonCode.SETPOINT_CHANGED_ON_UNIT, "unit holds " + status.setpoint() + ", verified was " + ctx.applied);
        }
        if (status.state() != LaserState.STANDBY) {
            return ctx.refuse(ReasonCode.WRONG_STATE, "unit is " + status.state() + ", not STANDBY");
        }
        return null;
    }

    private Duration emissionDelay() {
        Duration profile = ctx.deviceProfile.emissionDelay();
        Duration unit = ctx.device.identity().map(i -> i.emissionDelay()).orElse(Duration.ZERO);
        return profile.compareTo(unit) >= 0 ? profile : unit;
    }

    Outcome standby() {
        if (ctx.state.isLatched() || ctx.state == SessionState.IDLE || ctx.state == SessionState.STANDBY) {
            String safe = Trips.toStandby(ctx);
            return ctx.moveTo(ctx.state, SupervisorEvent.Kind.TRANSITION, ReasonCode.STANDBY_REQUESTED, "laser kept in STANDBY" + safe);
        }
        ctx.endRun(ReasonCode.STANDBY_REQUESTED);
        String safe = Trips.toStandby(ctx);
        return ctx.moveTo(SessionState.STANDBY, SupervisorEvent.Kind.TRANSITION, ReasonCode.STANDBY_REQUESTED, safe);
    }

    /** Handpiece, before the unit is told: from an armed state the laser goes to STANDBY; the setpoint is void. */
    void leaveArmedForHandpieceChange(SpotDiameter fitted) {
        if (ctx.state.isArmed()) {
            ctx.endRun(ReasonCode.HANDPIECE_CHANGE);
            String safe = Trips.toStandby(ctx);
            ctx.moveTo(SessionState.STANDBY, SupervisorEvent.Kind.TRANSITION, ReasonCode.HANDPIECE_CHANGE,
                    fitted + " handpiece fitted while armed; setpoint must be applied again" + safe);
        }
        ctx.applied = null;
    }

    /** Handpiece, the unit answered (or failed with {@code failure}). */
    Outcome handpieceConfirmed(SpotDiameter fitted, DeviceException failure) {
        if (failure != null) {
            return ctx.refuse(failure.isFatal() ? ReasonCode.DEVICE_UNREACHABLE : ReasonCode.DEVICE_REFUSED, failure.getMessage());
        }
        return ctx.moveTo(ctx.state, SupervisorEvent.Kind.TRANSITION, ReasonCode.HANDPIECE_CHANGE,
                fitted + " handpiece fitted; setpoint must be applied again");
    }

    /** Reset, before the unit is asked: only a latched supervisor can be reset. */
    Outcome resetPreconditions() {
        if (!ctx.state.isLatched()) {
            return ctx.refuse(ReasonCode.NOTHING_TO_RESET, "nothing latched in " + ctx.state);
        }
        return null;
    }

    /**
     * Reset, the unit answered: the fault left latched on the unit and its status after the fault
     * reset (or {@code failure}). The supervisor's own check: no reset while an interlock is open,
     * whatever the unit says of its fault (H8).
     */
    Outcome resetAnswered(DeviceFault left, DeviceStatus status, DeviceException failure) {
        if (failure != null) {
            return ctx.refuse(ReasonCode.RESET_REFUSED, failure.getMessage());
        }
        if (left != DeviceFault.NONE) {
            return ctx.refuse(ReasonCode.RESET_REFUSED, "unit still has fault " + left + " latched");
        }
        if (!status.openInterlocks().isEmpty()) {
            return ctx.refuse(ReasonCode.RESET_REFUSED, "interlocks still open: " + status.openInterlocks());
        }
        SessionState next = ctx.session == null ? SessionState.IDLE : SessionState.STANDBY;
        return ctx.moveTo(next, SupervisorEvent.Kind.TRANSITION, ReasonCode.RESET, "deliberate reset; arm again to continue");
    }

    Outcome close(EventFacts.ClosedBy by) {
        if (ctx.session == null) {
            return ctx.refuse(ReasonCode.NO_SESSION, "no session open");
        }
        ctx.endRun(ReasonCode.SESSION_CLOSED);
        String safe = Trips.toStandby(ctx);
        String summary = ctx.ledger.tally() + safe;
        ctx.session = null;
        ctx.applied = null;
        SessionState next = ctx.state.isLatched() ? ctx.state : SessionState.IDLE;
        return ctx.moveTo(next, SupervisorEvent.Kind.TRANSITION, ReasonCode.SESSION_CLOSED, summary, null,
                new EventFacts.SessionClosing(by));
    }

}
