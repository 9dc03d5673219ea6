package org.pulseguard.session;

import java.time.Duration;
import java.util.stream.Collectors;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.StateChangeCause;

/**
 * What the laser reports and what the clock says: footswitch, pulses, interlocks, faults, state
 * changes, link loss, and the supervisor's timers. In doubt, it trips. Called inside a decision
 * ({@link SupervisorLocks#decide}): it never talks to the laser; a trip asks for STANDBY through {@link Trips}.
 */
final class DeviceObservations {
    private final SessionContext ctx;
    private final OperatorRequests requests;

    DeviceObservations(SessionContext ctx, OperatorRequests requests) {
        this.ctx = ctx;
        this.requests = requests;
    }

    void on(DeviceEvent event) {
        ctx.cause = new EventFacts.Reported(event, false);
        try {
            handle(event);
        } finally {
            ctx.cause = null;
        }
    }

    private void handle(DeviceEvent event) {
        if (event instanceof DeviceEvent.PulseEmitted pulse) {
            onPulse(pulse);
        } else if (event instanceof DeviceEvent.PulsesCounted counted) {
            onPulsesCounted(counted);
        } else if (event instanceof DeviceEvent.FootswitchChanged footswitch) {
            onFootswitch(footswitch.pressed());
        } else if (event instanceof DeviceEvent.InterlocksChanged interlocks) {
            onInterlocks(interlocks);
        } else if (event instanceof DeviceEvent.FaultChanged fault) {
            onFault(fault.fault());
        } else if (event instanceof DeviceEvent.StateChanged change) {
            onStateChanged(change);
        } else if (event instanceof DeviceEvent.LinkLost lost) {
            onLinkLost(lost.reason());
        } else if (event instanceof DeviceEvent.EventsMissed missed) {
            if (ctx.mayBeArmed()) {
                countUnknownFromNow(ReasonCode.EVENTS_MISSED);
                Trips.trip(ctx, ReasonCode.EVENTS_MISSED, missed.count() + " device events lost; pulse count uncertain");
            } else {
                ctx.record(ReasonCode.EVENTS_MISSED, missed.count() + " device events lost");
            }
        } else if (event instanceof DeviceEvent.LinkRestored) {
            ctx.record(ReasonCode.LINK_RESTORED, "link restored; nothing re-armed");
        }
    }

    private void onFootswitch(boolean pressed) {
        if (ctx.state == SessionState.EMISSION_DELAY && pressed) {
            Trips.trip(ctx, ReasonCode.FOOTSWITCH_DURING_DELAY, "footswitch pressed before the emission delay ended (stuck or premature)");
        } else if (ctx.state == SessionState.READY && pressed) {
            startRun();
        } else if (ctx.state == SessionState.FIRING && !pressed) {
            ctx.endRun(ReasonCode.RUN_ENDED);
            ctx.moveTo(SessionState.READY, SupervisorEvent.Kind.TRANSITION, ReasonCode.RUN_ENDED, "footswitch released");
        }
    }

    private void startRun() {
        TreatmentRun run = ctx.ledger.start(ctx.now(), ctx.applied);
        ctx.consecutiveOffTolerance = 0;
        ctx.moveTo(SessionState.FIRING, SupervisorEvent.Kind.TRANSITION, ReasonCode.RUN_STARTED,
                "run " + run.number() + " at " + ctx.applied, run);
    }

    private void onPulse(DeviceEvent.PulseEmitted pulse) {
        if (ctx.state == SessionState.READY) {
            startRun();
        }
        TreatmentRun.Pulse measured = new TreatmentRun.Pulse(pulse.measured(), outsideTolerance(pulse.measured()));
        ctx.cause = new EventFacts.Reported(pulse, measured.outsideTolerance());
        String what = "pulse " + pulse.lifetimePulse() + " measured " + pulse.measured();
        if (ctx.state != SessionState.FIRING) {
            pulsesOutsideARun(1, measured, what);
            return;
        }
        ctx.recordRun(ReasonCode.PULSE, what, ctx.ledger.count(1, measured));
        if (checkEnergy(pulse)) {
            checkPulseLimit();
        }
    }

    /** Units without per-pulse telemetry: counted from counter deltas, no energy to check. */
    private void onPulsesCounted(DeviceEvent.PulsesCounted counted) {
        if (ctx.state == SessionState.READY) {
            startRun();
        }
        String what = counted.count() + (counted.count() == 1 ? " pulse (" : " pulses (") + counted.firstLifetimePulse() + ".." + counted.lastLifetimePulse() + ")";
        if (ctx.state != SessionState.FIRING) {
            pulsesOutsideARun(counted.count(), null, what);
            return;
        }
        ctx.recordRun(ReasonCode.PULSE, what + " counted; no per-pulse energy from this unit", ctx.ledger.count(counted.count(), null));
        checkPulseLimit();
    }

    /**
     * Pulses reported while no run is in progress still belong to exactly one run: within the stray
     * grace after a stop, to the run that stop ended (as pulses counted after the stop), or to a run
     * of their own when the stop ended none; after the grace they are unexpected emission, counted in
     * a run of their own that the trip ends.
     */
    private void pulsesOutsideARun(long count, TreatmentRun.Pulse measured, String what) {
        if (withinStrayGrace()) {
            if (!runEndedByLastStop()) {
                ctx.ledger.start(ctx.standbyCommandedAt, ctx.applied);
                ctx.ledger.end(ctx.standbyCommandedAt, ReasonCode.PULSES_AFTER_STOP);
            }
            TreatmentRun run = ctx.ledger.count(count, measured);
            ctx.recordRun(ReasonCode.PULSES_AFTER_STOP, what + " counted after the stop, in run " + run.number(), run);
            return;
        }
        SessionState before = ctx.state;
        ctx.ledger.start(ctx.now(), ctx.applied);
        TreatmentRun stray = ctx.ledger.count(count, measured);
        ctx.recordRun(ReasonCode.PULSE, what + " outside a run: unexpected emission", stray);
        Trips.tripWithEmergencyStop(ctx, ReasonCode.UNEXPECTED_EMISSION, what + " reported in " + before);
    }

    /**
     * True when the last run ended at the last stop (within the stray grace of it: a request ends its
     * run just before it commands STANDBY), so pulses in flight at that stop are its.
     */
    private boolean runEndedByLastStop() {
        TreatmentRun last = ctx.ledger.last();
        return last != null && last.ended() && ctx.standbyCommandedAt != null
                && !last.endedAt().isBefore(ctx.standbyCommandedAt.minus(ctx.settings.strayPulseGrace()));
    }

    private boolean withinStrayGrace() {
        return ctx.standbyCommandedAt != null
                && Duration.between(ctx.standbyCommandedAt, ctx.now()).compareTo(ctx.settings.strayPulseGrace()) <= 0;
    }

    private double deviation(org.pulseguard.quantity.PulseEnergy measured) {
        long set = ctx.applied.energy().microjoules();
        return Math.abs(measured.microjoules() - set) / (double) set;
    }

    /** True when {@code measured} is outside the unit's tolerance of the applied setpoint (false without one). */
    private boolean outsideTolerance(org.pulseguard.quantity.PulseEnergy measured) {
        return ctx.applied != null && deviation(measured) > ctx.deviceProfile.tolerance().fraction();
    }

    /** Returns false when it tripped. */
    private boolean checkEnergy(DeviceEvent.PulseEmitted pulse) {
        double deviation = deviation(pulse.measured());
        double tolerance = ctx.deviceProfile.tolerance().fraction();
        if (deviation <= tolerance) {
            ctx.consecutiveOffTolerance = 0;
            return true;
        }
        ctx.consecutiveOffTolerance++;
        if (ctx.consecutiveOffTolerance < ctx.settings.energyTripAfterPulses()) {
            return true;
        }
        Trips.trip(ctx, ReasonCode.ENERGY_OUT_OF_TOLERANCE, String.format(java.util.Locale.ROOT,
                "%d consecutive pulses off the %s setpoint, last measured %s (%.1f %%, tolerance %.1f %% from %s)",
                ctx.consecutiveOffTolerance, ctx.applied.energy(), pulse.measured(), deviation * 100, tolerance * 100,
                ctx.deviceProfile.label()));
        return false;
    }

    private void checkPulseLimit() {
        if (ctx.pulseLimitReached()) {
            int max = ctx.session.profile().maxPulsesPerSession();
            ctx.endRun(ReasonCode.SESSION_PULSE_LIMIT);
            String safe = Trips.toStandby(ctx);
            ctx.moveTo(SessionState.STANDBY, SupervisorEvent.Kind.TRANSITION, ReasonCode.SESSION_PULSE_LIMIT,
                    ctx.sessionPulses() + " pulses reached the limit of " + max + " set by " + ctx.session.profile().label() + safe);
        }
    }

    private void onInterlocks(DeviceEvent.InterlocksChanged change) {
        String open = "open: " + change.open().stream().map(Interlock::description).collect(Collectors.joining(", "));
        if (!change.open().isEmpty() && ctx.mayBeArmed()) {
            Trips.trip(ctx, ReasonCode.INTERLOCK_OPENED, open);
        } else {
            ctx.record(ReasonCode.INTERLOCK_OPEN, change.open().isEmpty() ? "all interlocks closed" : open);
        }
    }

    private void onFault(DeviceFault fault) {
        if (fault == DeviceFault.NONE || ctx.state.isLatched()) {
            ctx.record(ReasonCode.DEVICE_FAULT, "unit reports fault " + fault);
            return;
        }
        if (fault == DeviceFault.EMERGENCY_STOP) {
            // The unit (or its driver) is already stopped: latch without racing its stop with a standby.
            ctx.standbyCommandedAt = ctx.now();
            ctx.endRun(ReasonCode.EMERGENCY_STOP);
            ctx.moveTo(SessionState.EMERGENCY_STOPPED, SupervisorEvent.Kind.TRIP, ReasonCode.EMERGENCY_STOP,
                    "unit latched fault EMERGENCY_STOP (its stop button, or a stop already sent)");
            return;
        }
        ReasonCode code = fault == DeviceFault.WATCHDOG_EXPIRED ? ReasonCode.WATCHDOG_EXPIRED : ReasonCode.DEVICE_FAULT;
        Trips.trip(ctx, code, "unit latched fault " + fault);
    }

    private void onStateChanged(DeviceEvent.StateChanged change) {
        boolean commanded = change.cause() == StateChangeCause.HOST_COMMAND || change.cause() == StateChangeCause.FOOTSWITCH;
        boolean emitting = change.to() == LaserState.READY || change.to() == LaserState.EMISSION;
        if (change.cause() == StateChangeCause.EMERGENCY_STOP && !emitting && ctx.state != SessionState.EMERGENCY_STOPPED) {
            // The unit stopped itself on an emergency stop (its button, or one already sent): latch, send nothing.
            ctx.standbyCommandedAt = ctx.now();
            ctx.endRun(ReasonCode.EMERGENCY_STOP);
            ctx.moveTo(SessionState.EMERGENCY_STOPPED, SupervisorEvent.Kind.TRIP, ReasonCode.EMERGENCY_STOP,
                    "unit left " + change.from() + " for " + change.to() + " on an emergency stop");
        } else if (ctx.state == SessionState.EMISSION_DELAY && change.to() == LaserState.EMISSION) {
            Trips.tripWithEmergencyStop(ctx, ReasonCode.UNEXPECTED_EMISSION, "unit emitting before the emission delay ended");
        } else if (ctx.state == SessionState.READY && change.to() == LaserState.EMISSION) {
            startRun();
        } else if (ctx.state == SessionState.FIRING && change.from() == LaserState.EMISSION && change.to() == LaserState.READY) {
            ctx.endRun(ReasonCode.RUN_ENDED);
            ctx.moveTo(SessionState.READY, SupervisorEvent.Kind.TRANSITION, ReasonCode.RUN_ENDED, "unit stopped emitting");
        } else if (ctx.state.isArmed() && change.cause() == StateChangeCause.POWER) {
            Trips.trip(ctx, ReasonCode.UNIT_RESTARTED, "unit restarted (power-up or reboot): left " + change.from() + " for "
                    + change.to() + "; its setpoint and event numbering started afresh, no event was lost");
        } else if (ctx.state.isArmed() && !emitting && !commanded) {
            Trips.trip(ctx, change.cause() == StateChangeCause.WATCHDOG ? ReasonCode.WATCHDOG_EXPIRED : ReasonCode.UNEXPECTED_STATE,
                    "unit left " + change.from() + " for " + change.to() + " (" + change.cause() + ")");
        } else if (!ctx.state.isArmed() && change.to() == LaserState.EMISSION && withinStrayGrace() && runEndedByLastStop()) {
            // Polled units report EMISSION from their counter rising: pulses in flight at the stop that ended the run,
            // counted late. Pulses past the grace still trip as unexpected emission with an emergency stop.
            ctx.record(ReasonCode.DEVICE_STATE, "unit " + change.from() + " -> " + change.to() + " (" + change.cause()
                    + ") from pulses counted after the stop");
        } else if (!ctx.state.isArmed() && emitting && !armingOnTheOperatorsCommand(change)) {
            Trips.tripWithEmergencyStop(ctx, ReasonCode.UNEXPECTED_STATE, "unit went " + change.to() + " while supervisor is " + ctx.state);
        } else if (change.cause() == StateChangeCause.POWER) {
            ctx.record(ReasonCode.UNIT_RESTARTED, "unit restarted (power-up or reboot): " + change.from() + " -> " + change.to());
        } else {
            ctx.record(ReasonCode.DEVICE_STATE, "unit " + change.from() + " -> " + change.to() + " (" + change.cause() + ")");
        }
    }

    /** The unit reports READY on the host's ARM while the operator's arm is in flight (its reply not yet decided on). */
    private boolean armingOnTheOperatorsCommand(DeviceEvent.StateChanged change) {
        return ctx.armInFlight && change.to() == LaserState.READY && change.cause() == StateChangeCause.HOST_COMMAND;
    }

    private void onLinkLost(String reason) {
        String unseen = countUnknownFromNow(ReasonCode.LINK_LOST) ? "; pulses fired from now on are unseen" : "";
        if (ctx.state.isLatched()) {
            ctx.record(ReasonCode.LINK_LOST, reason + unseen);
            return;
        }
        Trips.trip(ctx, ReasonCode.LINK_LOST, reason + unseen);
    }

    /**
     * When the unit could still fire or report pulses (armed, or within the stray grace of a stop),
     * puts on record that the count is open from now: the run in progress or the run the stop ended,
     * and the session. Returns true when it did.
     */
    private boolean countUnknownFromNow(ReasonCode cause) {
        if (ctx.session == null || !(ctx.mayBeArmed() || withinStrayGrace())) {
            return false;
        }
        boolean runOpen = ctx.ledger.inProgress() || (withinStrayGrace() && runEndedByLastStop());
        ctx.ledger.countUnknownFrom(ctx.now(), cause, runOpen);
        ctx.recordRun(cause, "pulse count open from now: the unit may fire or have fired pulses that are never reported;"
                + " the count on record is a lower bound until reconciled with the unit's counter", runOpen ? ctx.ledger.last() : null);
        return true;
    }

    void tick() {
        if (ctx.session != null && (ctx.state == SessionState.STANDBY || ctx.state.isLatched()) && ctx.lastActivity != null
                && Duration.between(ctx.lastActivity, ctx.now()).compareTo(ctx.settings.sessionIdleClose()) >= 0) {
            requests.close(EventFacts.ClosedBy.IDLE);
            return;
        }
        if (ctx.state == SessionState.EMISSION_DELAY && !ctx.now().isBefore(ctx.delayEndsAt)) {
            ctx.moveTo(SessionState.READY, SupervisorEvent.Kind.TRANSITION, ReasonCode.EMISSION_DELAY_ELAPSED, "emission possible");
        } else if (ctx.state == SessionState.READY
                && Duration.between(ctx.readySince, ctx.now()).compareTo(ctx.settings.idleTimeout()) >= 0) {
            String safe = Trips.toStandby(ctx);
            ctx.moveTo(SessionState.STANDBY, SupervisorEvent.Kind.TRANSITION, ReasonCode.IDLE_TIMEOUT,
                    "READY for " + ctx.settings.idleTimeout().toSeconds() + " s without a run" + safe);
        } else if (ctx.state == SessionState.FIRING
                && Duration.between(ctx.ledger.last().startedAt(), ctx.now()).compareTo(ctx.settings.maxRunDuration()) > 0) {
            Trips.trip(ctx, ReasonCode.STUCK_FOOTSWITCH, "footswitch held over " + ctx.settings.maxRunDuration().toMillis() + " ms");
        }
    }
}
