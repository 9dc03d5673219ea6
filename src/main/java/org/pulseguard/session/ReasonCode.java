package org.pulseguard.session;

/**
 * Why the supervisor did what it did: every transition, refusal and trip carries one, for the
 * journal and the technician's screen.
 */
public enum ReasonCode {
    // Transitions asked for or expected
    SESSION_OPENED, SESSION_CLOSED, SETPOINT_APPLIED, ARMED, EMISSION_DELAY_ELAPSED, RUN_STARTED, RUN_ENDED,
    STANDBY_REQUESTED, IDLE_TIMEOUT, SESSION_PULSE_LIMIT, PARAMETER_CHANGE, HANDPIECE_CHANGE, RESET, PULSE, DEVICE_STATE, LINK_RESTORED,
    /** Pulses a unit reported after the stop that ended their run (in flight, or counted at the next poll). */
    PULSES_AFTER_STOP,
    /** The unit's counters were read (at connect, after a reconnect) for reconciliation with the journal. */
    COUNTERS_READ,
    // Refusals (nothing changes on the laser)
    NO_SESSION, SESSION_ALREADY_OPEN, CHECKLIST_INCOMPLETE, TEST_SPOT_REQUIRED, PROFILE_NOT_FOR_DEVICE,
    SKIN_TYPE_NOT_IN_PROFILE, GATE_REFUSED, SETPOINT_NOT_APPLIED, SETPOINT_CHANGED_ON_UNIT, READBACK_MISMATCH,
    INTERLOCK_OPEN, FOOTSWITCH_PRESSED_AT_ARM, CALIBRATION_EXPIRED, FAULT_LATCHED, ALREADY_ARMED, WRONG_STATE,
    DEVICE_REFUSED, DEVICE_UNREACHABLE, NOTHING_TO_RESET, RESET_REFUSED,
    /** A trip, stop or standby came while the command talked to the unit: its result is not taken (and the unit is sent to STANDBY). */
    COMMAND_SUPERSEDED,
    // Trips (the laser is sent to STANDBY and the supervisor latches)
    ENERGY_OUT_OF_TOLERANCE, INTERLOCK_OPENED, LINK_LOST, DEVICE_FAULT, WATCHDOG_EXPIRED, STUCK_FOOTSWITCH,
    FOOTSWITCH_DURING_DELAY, UNEXPECTED_EMISSION, UNEXPECTED_STATE, EVENTS_MISSED, EMERGENCY_STOP,
    /** The unit restarted (power-up or reboot) while armed: its event counter restarted, no event was lost. */
    UNIT_RESTARTED,
    /**
     * The journal cannot keep records (disk full, read-only, I/O error, locked): a session or an arm
     * is refused, and an armed unit is tripped to STANDBY. No treatment without a record.
     */
    JOURNAL_FAILED,
    // Records about the safe state itself
    /** A standby or emergency stop the supervisor sent was not confirmed by the unit (the record names what was tried). */
    SAFE_STATE_NOT_CONFIRMED
}
