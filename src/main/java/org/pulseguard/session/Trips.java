package org.pulseguard.session;

import org.pulseguard.device.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the laser to a safe state and latches the supervisor. The one place trips happen.
 * Called under the supervisor's lock.
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
        String safe;
        try {
            ctx.device.emergencyStop();
            safe = "; emergency stop sent";
        } catch (DeviceException e) {
            safe = "; emergency stop could not be sent (" + e.getMessage() + ")";
        }
        ctx.standbyCommandedAt = ctx.now();
        ctx.endRun(reason);
        return ctx.moveTo(SessionState.TRIPPED, SupervisorEvent.Kind.TRIP, reason, detail + safe);
    }

    /** Commands STANDBY; on failure tries an emergency stop. Returns a note for the record. */
    static String toStandby(SessionContext ctx) {
        ctx.standbyCommandedAt = ctx.now();
        try {
            ctx.device.standby();
            return "";
        } catch (DeviceException e) {
            LOG.warn("Standby failed ({}); trying an emergency stop", e.reason());
            try {
                ctx.device.emergencyStop();
                return "; standby failed (" + e.getMessage() + "), emergency stop sent";
            } catch (DeviceException stop) {
                return "; laser unreachable (" + stop.getMessage() + "): its own watchdog must drop it to STANDBY";
            }
        }
    }
}
