package org.pulseguard.session;

import java.util.Optional;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the laser to a safe state and latches the supervisor. The one place trips happen.
 *
 * <p>Two halves: {@link #trip}, {@link #tripWithEmergencyStop} and {@link #toStandby} decide
 * (inside a decision, no I/O: they ask the context for a safe action); {@link #carryOut} sends that
 * action to the laser after the decision lock is released, without waiting for any operator command.
 */
final class Trips {
    private static final Logger LOG = LoggerFactory.getLogger(Trips.class);

    private Trips() {}

    /** Commands STANDBY (falling back to an emergency stop) and latches TRIPPED with {@code reason}. */
    static Outcome trip(SessionContext ctx, ReasonCode reason, String detail) {
        String safe = toStandby(ctx);
        ctx.endRun(reason);
        return ctx.moveTo(SessionState.TRIPPED, SupervisorEvent.Kind.TRIP, reason, detail + safe);
    }

    /** Like {@link #trip} but ends emission with an emergency stop first (unexpected emission). */
    static Outcome tripWithEmergencyStop(SessionContext ctx, ReasonCode reason, String detail) {
        ctx.standbyCommandedAt = ctx.now();
        ctx.commandSafeState(SessionContext.SafeAction.EMERGENCY_STOP);
        ctx.endRun(reason);
        return ctx.moveTo(SessionState.TRIPPED, SupervisorEvent.Kind.TRIP, reason, detail + "; emergency stop commanded");
    }

    /**
     * Commands STANDBY once the decision ends (on failure an emergency stop follows). Returns a note
     * for the record: empty, since whether the unit confirmed it is recorded by {@link #carryOut}.
     */
    static String toStandby(SessionContext ctx) {
        ctx.standbyCommandedAt = ctx.now();
        ctx.commandSafeState(SessionContext.SafeAction.STANDBY);
        return "";
    }

    /**
     * Sends {@code action} to the laser; called with no supervisor lock held. A standby that fails is
     * followed by an emergency stop.
     *
     * @return a note for the record when the unit did not confirm the action, else empty
     */
    static Optional<String> carryOut(LaserDevice device, SessionContext.SafeAction action) {
        if (action == SessionContext.SafeAction.EMERGENCY_STOP) {
            try {
                device.emergencyStop();
                return Optional.empty();
            } catch (DeviceException e) {
                return Optional.of("emergency stop could not be sent (" + e.getMessage() + "): use the unit's own stop button");
            }
        }
        try {
            device.standby();
            return Optional.empty();
        } catch (DeviceException e) {
            LOG.warn("Standby failed ({}); trying an emergency stop", e.reason());
            try {
                device.emergencyStop();
                return Optional.of("standby failed (" + e.getMessage() + "), emergency stop sent");
            } catch (DeviceException stop) {
                return Optional.of("laser unreachable (" + stop.getMessage() + "): its own watchdog must drop it to STANDBY");
            }
        }
    }
}
