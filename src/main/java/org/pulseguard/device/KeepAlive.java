package org.pulseguard.device;

/** How a unit learns that its host is still there. */
public enum KeepAlive {
    /** A dedicated heartbeat command feeds a watchdog in the unit. */
    HEARTBEAT,
    /** The unit has no heartbeat; the host polls status and the unit's own timeout applies. */
    POLLED
}
