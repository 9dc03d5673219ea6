package org.pulseguard.safety;

/** A treatment parameter the gate decides on, named as a clinic names it. Immutable, thread-safe. */
public enum Parameter {
    /** The safe profile itself (written for another laser model). */
    SAFE_PROFILE("safe profile"),
    /** Emission wavelength. */
    WAVELENGTH("wavelength"),
    /** The client's Fitzpatrick skin type. */
    SKIN_TYPE("skin type"),
    /** Pulse energy. */
    ENERGY("energy"),
    /** Spot diameter. */
    SPOT("spot"),
    /** Repetition rate. */
    RATE("rate"),
    /** Fluence, energy per area on the skin. */
    FLUENCE("fluence");

    private final String label;

    Parameter(String label) {
        this.label = label;
    }

    /** The parameter's name for people. */
    public String label() {
        return label;
    }
}
