package org.pulseguard.safety;

/**
 * How a requested value breaks a limit. Each has a phrase that reads between the value and the limit.
 * Immutable, thread-safe.
 */
public enum Breach {
    /** Above the highest value allowed. */
    ABOVE_MAXIMUM("is above the maximum"),
    /** Below the lowest value allowed. */
    BELOW_MINIMUM("is below the minimum"),
    /** Within the range but between two steps (values are refused, never rounded). */
    OFF_STEP("is not on the step of"),
    /** Not one of the values offered. */
    NOT_OFFERED("is not one of"),
    /** Differs from the one value allowed. */
    MISMATCH("does not match");

    private final String phrase;

    Breach(String phrase) {
        this.phrase = phrase;
    }

    /** The words between the value and the limit, for example {@code "is above the maximum"}. */
    public String phrase() {
        return phrase;
    }
}
