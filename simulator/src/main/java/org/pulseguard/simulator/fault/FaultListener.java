package org.pulseguard.simulator.fault;

/** Told each time an injected fault acts. Called on simulator threads; must be quick and must not throw. */
@FunctionalInterface
public interface FaultListener {

    /**
     * @param kind the fault
     * @param detail what it did, for example {@code "reply seq 7 0x8F dropped"}; no personal data
     */
    void faultExercised(FaultKind kind, String detail);
}
