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
        SessionState before = state;
        state = next;
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
