package org.pulseguard.profile;

/**
 * A unit in which a lamp-pumped laser is told its pulse energy instead of millijoules, with the
 * range its protocol accepts. Immutable, thread-safe.
 */
public enum NativeEnergyUnit {
    /** Big Sky / CFR flashlamp voltage, command {@code V<n>}, 500..1800 V (docs/references.md#bigsky-drivers). */
    FLASHLAMP_VOLTS("flashlampVolts", "V", 500, 1800),
    /** Quanta-Ray oscillator PFN voltage, command {@code OPFN <pct>}, 0..100 % of full scale (section 2). */
    OPFN_PERCENT("opfnPercent", "%", 0, 100);

    private final String fileName;
    private final String symbol;
    private final double lowest;
    private final double highest;

    NativeEnergyUnit(String fileName, String symbol, double lowest, double highest) {
        this.fileName = fileName;
        this.symbol = symbol;
        this.lowest = lowest;
        this.highest = highest;
    }

    /** The name used in profile files ({@code flashlampVolts}, {@code opfnPercent}). */
    public String fileName() {
        return fileName;
    }

    /** The unit's symbol for display ({@code V}, {@code %}). */
    public String symbol() {
        return symbol;
    }

    /** The lowest value the protocol accepts. */
    public double lowest() {
        return lowest;
    }

    /** The highest value the protocol accepts. */
    public double highest() {
        return highest;
    }

    /** True when {@code value} is within {@link #lowest()}..{@link #highest()}. */
    public boolean accepts(double value) {
        return value >= lowest && value <= highest;
    }
}
