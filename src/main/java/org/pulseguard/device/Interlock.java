package org.pulseguard.device;

/** A circuit that must be closed (satisfied) for emission. A set of these lists the open ones. */
public enum Interlock {
    /** The key switch is off. */
    KEY_SWITCH,
    /** The door / remote interlock is open. */
    REMOTE,
    /** A cover is open. */
    COVER,
    /** Coolant is not flowing. */
    WATER_FLOW,
    /** Coolant is over its temperature limit. */
    TEMPERATURE,
    /** The hardware emergency-stop button (mushroom) is pressed. */
    EMERGENCY_STOP_BUTTON
}
