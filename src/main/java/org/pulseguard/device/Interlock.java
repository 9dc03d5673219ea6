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
    EMERGENCY_STOP_BUTTON,
    /**
     * One status bit that several inputs share, so the unit cannot say which opened: an interlock
     * (door, remote connector, covers, coolant on some units) or the unit's own emergency-stop button.
     * The Big Sky's external-interlock bit and the Quanta-Ray's interlock bit (its CDRH plug, covers,
     * head temperature, water) report this way.
     */
    INTERLOCK_OR_EMERGENCY_STOP;

    /** How the clinic says it, for records and screens. */
    public String description() {
        return switch (this) {
            case KEY_SWITCH -> "key switch off";
            case REMOTE -> "door / remote interlock";
            case COVER -> "cover";
            case WATER_FLOW -> "coolant flow";
            case TEMPERATURE -> "coolant temperature";
            case EMERGENCY_STOP_BUTTON -> "emergency-stop button";
            case INTERLOCK_OR_EMERGENCY_STOP -> "interlock or emergency-stop input (one status bit; the unit does not say which)";
        };
    }
}
