package org.pulseguard.session;

/**
 * States of the treatment-session supervisor. TRIPPED and EMERGENCY_STOPPED latch: only a deliberate
 * {@link SessionSupervisor#reset()} leaves them, and a fresh arm is needed after it.
 */
public enum SessionState {
    /** No session open; the laser is kept in STANDBY. */
    IDLE,
    /** Session open, laser in STANDBY: setpoints may be applied, arming is possible. */
    STANDBY,
    /** Armed; the emission delay is running and no pulse may exist yet. */
    EMISSION_DELAY,
    /** Emission possible while the footswitch is pressed. */
    READY,
    /** A run is in progress: footswitch pressed, pulses counted. */
    FIRING,
    /** A trip sent the laser to STANDBY; latched until reset. */
    TRIPPED,
    /** Emergency stop; latched until reset. */
    EMERGENCY_STOPPED;

    /** True in the states where the laser is armed (READY on the unit). */
    public boolean isArmed() {
        return this == EMISSION_DELAY || this == READY || this == FIRING;
    }

    /** True in the states that need a deliberate reset. */
    public boolean isLatched() {
        return this == TRIPPED || this == EMERGENCY_STOPPED;
    }
}
