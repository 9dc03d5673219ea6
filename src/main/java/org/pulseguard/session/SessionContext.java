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
    long sessionPulses;
    int runNumber;
    long runPulses;
    Instant runStartedAt;
    Instant readySince;
    Instant delayEndsAt;
    Instant standbyCommandedAt;
    int consecutiveOffTolerance;

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
        SessionState before = state;
        state = next;
        if (next.isLatched()) {
            generation++;
        }
        if (next == SessionState.READY && before != SessionState.READY && before != SessionState.FIRING) {
            readySince = now();
        }
        emit(new SupervisorEvent(now(), kind, before, next, reason, detail));
        return new Outcome(kind != SupervisorEvent.Kind.REFUSAL, next, reason, detail);
    }

    /** True when the open session has used up its safe profile's pulses. */
    boolean pulseLimitReached() {
        return session != null && sessionPulses >= session.profile().maxPulsesPerSession();
    }

    /** Ends the run in progress, if any, with its pulse count on record; {@code why} may be null. */
    void endRun(String why) {
        if (runStartedAt != null) {
            record(ReasonCode.RUN_ENDED, "run " + runNumber + ": " + runPulses + " pulses" + (why == null ? "" : " (" + why + ")"));
            runStartedAt = null;
        }
    }

    /** A refusal: nothing changes. */
    Outcome refuse(ReasonCode reason, String detail) {
        return moveTo(state, SupervisorEvent.Kind.REFUSAL, reason, detail);
    }

    /** A record that changes nothing. */
    void record(ReasonCode reason, String detail) {
        emit(new SupervisorEvent(now(), SupervisorEvent.Kind.RECORD, state, state, reason, detail));
    }

    private void emit(SupervisorEvent event) {
        outbox.add(event);
    }
}
