package org.pulseguard.device;

/** A fault the unit has latched; it stays until a deliberate reset once its cause is gone. */
public enum DeviceFault {
    /** No fault latched. */
    NONE,
    /** The host stopped feeding the unit's watchdog while READY or emitting. */
    WATCHDOG_EXPIRED,
    /** An emergency stop (command or button). */
    EMERGENCY_STOP,
    /** An interlock opened while READY or emitting. */
    INTERLOCK_OPENED,
    /** Coolant over temperature. */
    OVER_TEMPERATURE,
    /** The internal energy monitor measured pulses outside the allowed band around the setpoint. */
    ENERGY_MONITOR,
    /** Coolant flow failed. */
    WATER_FLOW,
    /** Any other internal failure of the unit. */
    INTERNAL
}
