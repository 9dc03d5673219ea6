package org.pulseguard.session;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.quantity.Fluence;
import org.pulseguard.safety.Refusal;

/**
 * The structured facts of a {@link SupervisorEvent}, for the journal: what a record holds as data
 * rather than in the event's sentence. Each event carries at most one. Immutable.
 */
public sealed interface EventFacts {

    /**
     * A session opened.
     *
     * @param request what the technician entered (holds the client's pseudonym and clinical fields:
     *     the journal seals them; never log it)
     * @param deviceProfile the unit's profile
     * @param unit the unit's identity at the last connect; null when it never identified itself
     * @param counters the unit's counters read just before the session opened; null when they could
     *     not be read
     */
    record SessionOpening(SessionRequest request, DeviceProfile deviceProfile, DeviceIdentity unit, PulseCounters counters)
            implements EventFacts {
        public SessionOpening {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(deviceProfile, "deviceProfile");
        }

        @Override
        public String toString() {
            return "SessionOpening[" + request + "]";
        }
    }

    /** How a session was closed. */
    enum ClosedBy {
        /** The technician closed it. */
        OPERATOR,
        /** The service closed it because it was shutting down. */
        SHUTDOWN,
        /** The supervisor closed it after {@link SupervisorSettings#sessionIdleClose()} without activity. */
        IDLE
    }

    /** A session closed; the event's tally holds its runs. */
    record SessionClosing(ClosedBy by) implements EventFacts {
        public SessionClosing {
            Objects.requireNonNull(by, "by");
        }
    }

    /** A setpoint passed the gate under the safe profile {@code allowedBy} and was read back from the unit. */
    record SetpointVerified(Setpoint requested, Setpoint readBack, Fluence fluence, SafeProfile allowedBy) implements EventFacts {
        public SetpointVerified {
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(readBack, "readBack");
            Objects.requireNonNull(fluence, "fluence");
            Objects.requireNonNull(allowedBy, "allowedBy");
        }
    }

    /**
     * A setpoint was refused: by the gate (with its refusals), or by the unit or the read-back (no
     * refusals; the event's reason and detail say why).
     */
    record SetpointRefused(Setpoint requested, Fluence fluence, List<Refusal> refusals) implements EventFacts {
        public SetpointRefused {
            Objects.requireNonNull(requested, "requested");
            refusals = List.copyOf(refusals);
        }
    }

    /** The unit was armed at {@code setpoint}; READY follows after {@code emissionDelay}. */
    record Armed(Setpoint setpoint, Fluence fluence, Duration emissionDelay) implements EventFacts {
        public Armed {
            Objects.requireNonNull(setpoint, "setpoint");
            Objects.requireNonNull(emissionDelay, "emissionDelay");
        }
    }

    /**
     * The unit's report that led to the event, as the driver delivered it: a pulse, a fault, an
     * interlock, a state change, a link loss.
     *
     * @param outsideTolerance for a measured pulse: true when its energy is outside the unit's
     *     tolerance of the applied setpoint; false otherwise
     */
    record Reported(DeviceEvent report, boolean outsideTolerance) implements EventFacts {
        public Reported {
            Objects.requireNonNull(report, "report");
        }
    }

    /** Why the unit's counters were read. */
    enum CounterCheck {
        /** Right after the link was first established. */
        CONNECT,
        /** After an explicit reconnect found the same unit. */
        LINK_RESTORED
    }

    /** The unit's counters, read at connect or after a reconnect, for reconciliation with the journal. */
    record CountersRead(CounterCheck check, DeviceIdentity unit, PulseCounters counters) implements EventFacts {
        public CountersRead {
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(counters, "counters");
        }
    }
}
