package org.pulseguard.simulator.control;

/**
 * The physical inputs every simulated unit has, whatever its dialect: the treatment unit's key
 * switch, remote (door) interlock, cover, water flow, coolant temperature and emergency-stop button.
 * "Open" means the input is not satisfied (key off, door open, flow lost, coolant hot, button
 * pressed). Each dialect maps them onto its own bits (see simulator/README.md).
 */
public enum InterlockInput {
    /** The key switch; open = key off. */
    KEY,
    /** The remote (door) interlock plug. */
    REMOTE,
    /** The laser cover. */
    COVER,
    /** Cooling-water flow; open = flow lost. */
    WATER_FLOW,
    /** Coolant temperature; open = over temperature. */
    TEMPERATURE,
    /** The hardware emergency-stop button; open = pressed. */
    EMERGENCY_STOP
}
