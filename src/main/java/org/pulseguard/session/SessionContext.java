package org.pulseguard.session;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.DeviceProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisor's state and its one transition method, {@link #moveTo}. Every change of state and
 * every refusal, trip and record goes through here and becomes a {@link SupervisorEvent}.
 *
 * <p>Not thread-safe by itself: only touched under {@link SessionSupervisor}'s lock.
 */
final class SessionContext {
    private static final Logger LOG = LoggerFactory.getLogger(SessionSupervisor.class);

    final LaserDevice device;
    final DeviceProfile deviceProfile;
    final Clock clock;
    final SupervisorSettings settings;
    private final List<SupervisorEventListener> listeners = new CopyOnWriteArrayList<>();

    SessionState state = SessionState.IDLE;
    SessionRequest session;
    Setpoint applied;
    /** Every pulse of the session, each in exactly one run. */
    final RunLedger ledger = new RunLedger();
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

    void addListener(SupervisorEventListener listener) {
        listeners.add(listener);
    }

    void removeListener(SupervisorEventListener listener) {
        listeners.remove(listener);
    }

    Instant now() {
        return clock.instant();
    }

    /** The one transition method: changes state (possibly to the same one) and reports why. */
    Outcome moveTo(SessionState next, SupervisorEvent.Kind kind, ReasonCode reason, String detail) {
        return transition(next, kind, reason, detail, null, null);
    }

    /** {@link #moveTo} for an event that concerns {@code run} (null: the session's accounting as a whole). */
    Outcome moveTo(SessionState next, SupervisorEvent.Kind kind, ReasonCode reason, String detail, TreatmentRun run) {
        return transition(next, kind, reason, detail, run, ledger.tally());
    }

    private Outcome transition(SessionState next, SupervisorEvent.Kind kind, ReasonCode reason, String detail,
                               TreatmentRun run, SessionTally tally) {
        SessionState before = state;
        state = next;
        if (next == SessionState.READY && before != SessionState.READY && before != SessionState.FIRING) {
            readySince = now();
        }
        emit(new SupervisorEvent(now(), kind, before, next, reason, detail, run, tally));
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
        emit(new SupervisorEvent(now(), SupervisorEvent.Kind.RECORD, state, state, reason, detail, run, ledger.tally()));
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
        if (event.kind() == SupervisorEvent.Kind.TRIP || event.kind() == SupervisorEvent.Kind.REFUSAL) {
            LOG.warn("{}", event);
        } else if (event.reason() != ReasonCode.PULSE) {
            LOG.info("{}", event);
        }
        for (SupervisorEventListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.error("Supervisor listener failed on {}", event.reason(), e);
            }
        }
    }
}
