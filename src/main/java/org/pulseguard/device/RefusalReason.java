package org.pulseguard.device;

/** Why the unit itself refused a command it received intact. */
public enum RefusalReason {
    /** The command is not allowed in the current state (for example a setpoint change in READY). */
    WRONG_STATE,
    /** A value is outside the unit's range. */
    OUT_OF_RANGE,
    /** An interlock is open. */
    INTERLOCK_OPEN,
    /** A fault is latched. */
    FAULT_LATCHED,
    /** The footswitch is pressed. */
    FOOTSWITCH_PRESSED,
    /** The unit does not know the command. */
    UNKNOWN_COMMAND,
    /** The command's payload was malformed. */
    BAD_PAYLOAD,
    /** A value is not on the unit's step (values are refused, never rounded). */
    OFF_STEP
}
