package org.pulseguard.session;

import java.time.Duration;
import java.util.Objects;

/**
 * Timers and thresholds of the supervisor. Immutable.
 *
 * @param idleTimeout READY without a footswitch press this long goes back to STANDBY
 * @param maxRunDuration a footswitch held longer than this is taken as stuck
 * @param energyTripAfterPulses consecutive pulses outside the energy tolerance that trip, 1..10
 * @param strayPulseGrace after the supervisor sends the laser to STANDBY, pulses already in flight
 *     within this time are counted, not treated as unexpected emission
 * @param sessionIdleClose an open session with no request, pulse or run this long, in STANDBY or
 *     latched, is closed by the supervisor (the journal records it as closed by idle)
 */
public record SupervisorSettings(Duration idleTimeout, Duration maxRunDuration, int energyTripAfterPulses,
                                 Duration strayPulseGrace, Duration sessionIdleClose) {
    /** Sessions left untouched in STANDBY this long are closed (recorded as closed by idle). */
    public static final Duration DEFAULT_SESSION_IDLE_CLOSE = Duration.ofMinutes(30);

    /** Settings with the default session idle close ({@link #DEFAULT_SESSION_IDLE_CLOSE}). */
    public SupervisorSettings(Duration idleTimeout, Duration maxRunDuration, int energyTripAfterPulses, Duration strayPulseGrace) {
        this(idleTimeout, maxRunDuration, energyTripAfterPulses, strayPulseGrace, DEFAULT_SESSION_IDLE_CLOSE);
    }

    public SupervisorSettings {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(maxRunDuration, "maxRunDuration");
        Objects.requireNonNull(strayPulseGrace, "strayPulseGrace");
        Objects.requireNonNull(sessionIdleClose, "sessionIdleClose");
        if (sessionIdleClose.isNegative() || sessionIdleClose.isZero()) {
            throw new IllegalArgumentException("session idle close must be positive, not " + sessionIdleClose);
        }
        if (energyTripAfterPulses < 1 || energyTripAfterPulses > 10) {
            throw new IllegalArgumentException("energyTripAfterPulses " + energyTripAfterPulses + " outside 1..10");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || maxRunDuration.isNegative() || maxRunDuration.isZero()) {
            throw new IllegalArgumentException("idle timeout and max run duration must be positive");
        }
    }

    /**
     * 60 s idle, 30 s maximum run, trip after 3 consecutive off-tolerance pulses, 600 ms grace (units
     * counted from polled counters report a pulse up to one poll, 200-300 ms, after it happened).
     */
    public static SupervisorSettings defaults() {
        return new SupervisorSettings(Duration.ofSeconds(60), Duration.ofSeconds(30), 3, Duration.ofMillis(600));
    }
}
