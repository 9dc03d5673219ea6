package org.pulseguard.simulator.control;

/**
 * A dialect-neutral reading of where a simulated unit stands on its ladder, for tests and people
 * (the wire never carries it). Each dialect documents its mapping in simulator/README.md.
 */
public enum UnitState {
    /** No power to the laser head (reference OFF, Quanta-Ray contactor off, Big Sky pump off). */
    OFF,
    /** Powered and warming up (reference WARM_UP, Quanta-Ray ON before simmer). */
    WARMING_UP,
    /** Ready to be armed; no pulse can come out. */
    STANDBY,
    /** A pulse comes out as soon as its trigger (footswitch, internal rate) asks for one. */
    ARMED,
    /** Armed and triggered: pulses are coming out. */
    EMITTING
}
