package org.pulseguard.session;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.DeviceProfile;

/**
 * The supervisor's state and its one transition method, {@link #moveTo}. Every change of state and
 * every refusal, trip and record goes through here and becomes a {@link SupervisorEvent}.
 *
 * <p>Not thread-safe by itself: only touched inside a decision ({@link SupervisorLocks#decide}).
 * Nothing here talks to the laser: a decision asks for a safe state with {@link #commandSafeState},
 * and the supervisor sends it after the decision.
 */
final class SessionContext {
    final LaserDevice device;
    final DeviceProfile deviceProfile;
    final Clock clock;
    final SupervisorSettings settings;
    final SupervisorOutbox outbox = new SupervisorOutbox();
    private List<SafeAction> safeActions = new ArrayList<>();
    /** Bumped whenever the supervisor sends the laser to a safe state or latches: commands in flight are superseded. */
    long generation;
    /** True while an operator's ARM may be on its way to the unit. */
    boolean armInFlight;

    SessionState state = SessionState.IDLE;
    SessionRequest session;
    Setpoint applied;
    /** Every pulse of the session, each in exactly one run. */
    final RunLedger ledger = new RunLedger();
    Instant readySince;
    /** The last operator request, pulse or state change in the open session, for the session idle close. */
    Instant lastActivity;
    Instant delayEndsAt;
    Instant standbyCommandedAt;
    int consecutiveOffTolerance;
    /** The unit's report being handled (inside {@link DeviceObservations#on}); the facts of every event it causes. */
    EventFacts cause;
    /** Why the journal cannot keep records any more; non-null refuses sessions and arming (no treatment without a record). */
    String recordsFailed;
    /** Waited on before an ARM goes to the unit: the session's and setpoint's records must be durable. */
    volatile RecordKeeping recordKeeping = RecordKeeping.NONE;

    SessionContext(LaserDevice device, DeviceProfile deviceProfile, Clock clock, SupervisorSettings settings) {
        this.device = device;
        this.deviceProfile = deviceProfile;
        this.clock = clock;
        this.settings = settings;
    }

    /** The laser actions a decision asked for, in order; sent after the decision lock is released. */
    enum SafeAction { STANDBY, EMERGENCY_STOP }

    /** Asks for {@code action} to be sent once this decision ends; supersedes every operator command in flight. */
    void commandSafeState(SafeAction action) {
        safeActions.add(action);
        generation++;
    }

    /** Hands over (and forgets) the safe actions this decision asked for. */
    List<SafeAction> takeSafeActions() {
        if (safeActions.isEmpty()) {
            return List.of();
        }
        List<SafeAction> taken = safeActions;
        safeActions = new ArrayList<>();
        return taken;
    }

    /** True when the unit is armed or may be arming (an operator's ARM is in flight). */
    boolean mayBeArmed() {
        return state.isArmed() || armInFlight;
    }

    Instant now() {
        return clock.instant();
    }

    /** The one transition method: changes state (possibly to the same one) and reports why. */
    Outcome moveTo(SessionState next, SupervisorEvent.Kind kind, ReasonCode reason, String detail) {
        return transition(next, kind, reason, detail, null, null, null);
    }

    /** {@link #moveTo} with the event's structured facts. */
    Outcome moveTo(SessionState next, SupervisorEvent.Kind kind, ReasonCode reason, String detail, EventFacts facts) {
        return transition(next, kind, reason, detail, null, null, facts);
    }

    /** {@link #moveTo} for an event that concerns {@code run} (null: the session's accounting as a whole). */
    Outcome moveTo(SessionState next, SupervisorEvent.Kind kind, ReasonCode reason, String detail, TreatmentRun run) {
        return transition(next, kind, reason, detail, run, ledger.tally(), null);
    }

    /** {@link #moveTo} for an event that concerns {@code run} (null: the session's accounting), with its facts. */
    Outcome moveTo(SessionState next, SupervisorEvent.Kind kind, ReasonCode reason, String detail, TreatmentRun run,
                   EventFacts facts) {
        return transition(next, kind, reason, detail, run, ledger.tally(), facts);
    }

    private Outcome transition(SessionState next, SupervisorEvent.Kind kind, ReasonCode reason, String detail,
                               TreatmentRun run, SessionTally tally, EventFacts facts) {
        SessionState before = state;
        state = next;
        lastActivity = now();
        if (next.isLatched()) {
            generation++;
        }
        if (next == SessionState.READY && before != SessionState.READY && before != SessionState.FIRING) {
            readySince = now();
        }
        emit(new SupervisorEvent(now(), kind, before, next, reason, detail, run, tally, facts != null ? facts : cause));
        return new Outcome(kind != SupervisorEvent.Kind.REFUSAL, next, reason, detail);
    }

    /** Every pulse counted in the session, including those counted after a stop. */
    long sessionPulses() {
        return ledger.sessionPulses();
    }

    /** True when the open session has used up its safe profile's pulses. */
    boolean pulseLimitReached() {
        return session != null && sessionPulses() >= session.profile().maxPulsesPerSession();
    }

    /** Ends the run in progress, if any, and puts the run on record; {@code how} is the release, stop or trip. */
    void endRun(ReasonCode how) {
        TreatmentRun ended = ledger.end(now(), how);
        if (ended != null) {
            recordRun(ReasonCode.RUN_ENDED, ended.toString(), ended);
        }
    }

    /** A record that changes no state but concerns {@code run} (null: the session's accounting). */
    void recordRun(ReasonCode reason, String detail, TreatmentRun run) {
        emit(new SupervisorEvent(now(), SupervisorEvent.Kind.RECORD, state, state, reason, detail, run, ledger.tally(), cause));
    }

    /** A refusal: nothing changes. */
    Outcome refuse(ReasonCode reason, String detail) {
        return moveTo(state, SupervisorEvent.Kind.REFUSAL, reason, detail);
    }

    /** A refusal with its structured facts (a refused setpoint). */
    Outcome refuse(ReasonCode reason, String detail, EventFacts facts) {
        return moveTo(state, SupervisorEvent.Kind.REFUSAL, reason, detail, facts);
    }

    /** A record that changes nothing. */
    void record(ReasonCode reason, String detail) {
        record(reason, detail, null);
    }

    /** A record that changes nothing, with its structured facts. */
    void record(ReasonCode reason, String detail, EventFacts facts) {
        emit(new SupervisorEvent(now(), SupervisorEvent.Kind.RECORD, state, state, reason, detail, null, null,
                facts != null ? facts : cause));
    }

    private void emit(SupervisorEvent event) {
        outbox.add(event);
    }
}
