package org.pulseguard.integration;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pulseguard.session.ReasonCode;
import org.pulseguard.session.SessionState;
import org.pulseguard.session.SupervisorEvent;

/**
 * The record part of the fault x state oracle: a tripping fault in an armed state must be recorded
 * as a trip that names it (an unit's e-stop is not "the interlock", a reboot is not "events lost"),
 * and pulses the unit fired after a link loss must be recorded as a count the host does not know.
 */
final class MatrixRecordCheck {
    private MatrixRecordCheck() { }

    /** The first trip recorded after the fault, if any. */
    static Optional<SupervisorEvent> firstTrip(List<SupervisorEvent> afterFault) {
        return afterFault.stream().filter(e -> e.kind() == SupervisorEvent.Kind.TRIP).findFirst();
    }

    /** Why the record is wrong, or null when it is right (or nothing is required of it). */
    static String problem(MatrixFault fault, SessionState state, List<SupervisorEvent> afterFault, long unseenPulses) {
        if (fault.losesTheLink() && unseenPulses > 0 && afterFault.stream().noneMatch(e -> mentions(e, "unknown"))) {
            return unseenPulses + " pulses after the link loss, and no record says the count is unknown";
        }
        if (!fault.trips || state == SessionState.STANDBY) {
            return null;
        }
        Optional<SupervisorEvent> trip = firstTrip(afterFault);
        if (trip.isEmpty()) {
            return "no trip recorded";
        }
        SupervisorEvent t = trip.get();
        boolean named = switch (fault) {
            case INTERLOCK -> t.reason() == ReasonCode.INTERLOCK_OPENED;
            case UNIT_ESTOP -> t.reason() == ReasonCode.EMERGENCY_STOP || mentions(t, "emergency")
                    || mentions(t, "e-stop");
            case LINK_CUT, MUTE -> t.reason() == ReasonCode.LINK_LOST;
            case REBOOT -> t.reason() != ReasonCode.EVENTS_MISSED && (mentions(t, "reboot") || mentions(t, "power"));
            case OVER_TEMPERATURE, WATER_LOSS -> Set.of(ReasonCode.DEVICE_FAULT, ReasonCode.INTERLOCK_OPENED)
                    .contains(t.reason());
            // During the delay a polled unit (no footswitch telemetry) shows the pedal only as emission.
            case STUCK_FOOTSWITCH -> Set.of(ReasonCode.STUCK_FOOTSWITCH, ReasonCode.FOOTSWITCH_DURING_DELAY)
                    .contains(t.reason())
                    || state == SessionState.EMISSION_DELAY && t.reason() == ReasonCode.UNEXPECTED_EMISSION;
            case HOST_ESTOP -> t.reason() == ReasonCode.EMERGENCY_STOP;
            default -> true;
        };
        return named ? null : "trip recorded as " + t.reason() + " \"" + t.detail() + "\", which does not name " + fault;
    }

    private static boolean mentions(SupervisorEvent event, String word) {
        return (event.reason() + " " + event.detail()).toLowerCase(Locale.ROOT).contains(word);
    }
}
