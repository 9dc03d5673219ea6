package org.pulseguard.device;

/** Why the unit changed its {@link LaserState}. */
public enum StateChangeCause {
    /** Power-up or reboot. */
    POWER,
    /** Warm-up finished. */
    WARM_UP_COMPLETE,
    /** A command from the host (arm, standby). */
    HOST_COMMAND,
    /** The footswitch was pressed or released. */
    FOOTSWITCH,
    /** The unit's watchdog expired. */
    WATCHDOG,
    /** An interlock opened. */
    INTERLOCK,
    /** A fault was latched. */
    FAULT,
    /** An emergency stop (command or button). */
    EMERGENCY_STOP
}
