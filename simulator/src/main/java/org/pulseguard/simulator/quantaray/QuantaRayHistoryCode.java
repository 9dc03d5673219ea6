package org.pulseguard.simulator.quantaray;

import org.pulseguard.simulator.control.InterlockInput;

/**
 * The codes the simulated Quanta-Ray unit writes to its error history ({@code READ:HIST?}). The
 * real codes are not documented; these are the simulator's own [inferred], never 0 (a line
 * starting with 0 ends PLACE's read).
 */
public enum QuantaRayHistoryCode {
    /** The host watchdog ({@code WATC}) expired and turned the unit off. */
    WATCHDOG_EXPIRED(101),
    /** The key switch was turned off. */
    KEY_OFF(201),
    /** The remote (CDRH) interlock opened. */
    REMOTE_INTERLOCK_OPEN(202),
    /** The laser cover was opened. */
    COVER_OPEN(203),
    /** Water flow was lost (low water). */
    WATER_FLOW_LOST(204),
    /** The coolant went over temperature. */
    OVER_TEMPERATURE(205),
    /** The emergency-stop button was pressed. */
    EMERGENCY_STOP(206);

    private final int code;

    QuantaRayHistoryCode(int code) {
        this.code = code;
    }

    /** The number in {@code READ:HIST?}. */
    public int code() {
        return code;
    }

    /** The code for an input that opened. */
    public static QuantaRayHistoryCode forInput(InterlockInput input) {
        switch (input) {
            case KEY:
                return KEY_OFF;
            case REMOTE:
                return REMOTE_INTERLOCK_OPEN;
            case COVER:
                return COVER_OPEN;
            case WATER_FLOW:
                return WATER_FLOW_LOST;
            case TEMPERATURE:
                return OVER_TEMPERATURE;
            default:
                return EMERGENCY_STOP;
        }
    }
}
