package org.pulseguard.session;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing the supervisor decided or observed, ready for the journal. Holds no personal data: the
 * session's client is known to the journal by pseudonym only. Immutable.
 *
 * @param at when, from the injected clock
 * @param kind what sort of record this is
 * @param from the supervisor state before
 * @param to the supervisor state after (equal to {@code from} for refusals and records)
 * @param reason why
 * @param detail parameter, value, limit, device answer; for people and auditors
 * @param run the run this event concerns, as it stands after the event (a run start, a pulse, a run's
 *     end, pulses counted after its stop); null when the event concerns no run
 * @param tally the session's pulse accounting after the event, on every event that changes it and on
 *     the session's close; null otherwise
 * @param facts the event's structured facts (the setpoint and refusals, the unit's report, the
 *     session's opening); null when the reason, states, run and tally say it all
 */
public record SupervisorEvent(Instant at, Kind kind, SessionState from, SessionState to, ReasonCode reason, String detail,
                              TreatmentRun run, SessionTally tally, EventFacts facts) {

    /** What sort of record an event is. */
    public enum Kind {
        /** The supervisor changed state as asked or expected. */
        TRANSITION,
        /** An operator request was refused; nothing changed on the laser. */
        REFUSAL,
        /** A fault or surprise sent the laser to STANDBY and latched. */
        TRIP,
        /** Something worth keeping that changed no state (a pulse, a run summary, a device notice). */
        RECORD
    }

    public SupervisorEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** An event that concerns no run and does not change the pulse accounting. */
    public SupervisorEvent(Instant at, Kind kind, SessionState from, SessionState to, ReasonCode reason, String detail) {
        this(at, kind, from, to, reason, detail, null, null, null);
    }

    /** An event without structured facts. */
    public SupervisorEvent(Instant at, Kind kind, SessionState from, SessionState to, ReasonCode reason, String detail,
                           TreatmentRun run, SessionTally tally) {
        this(at, kind, from, to, reason, detail, run, tally, null);
    }

    @Override
    public String toString() {
        return kind + " " + reason + " " + from + (from == to ? "" : " -> " + to) + (detail.isEmpty() ? "" : ": " + detail);
    }
}
