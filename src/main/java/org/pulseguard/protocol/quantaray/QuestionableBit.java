package org.pulseguard.protocol.quantaray;

/**
 * The documented bits of the {@code STAT:QUES?} questionable register
 * (docs/references.md#quantaray-place-driver, from PLACE {@code get_quest}). HVPS is the high-voltage
 * power supply of the
 * oscillator (OSC) or amplifier (AMP) stage, unit 1 or 2.
 */
public enum QuestionableBit {
    OSCILLATOR_HV_FAILURE(9),
    AMPLIFIER_HV_FAILURE(10),
    EXTERNAL_TRIGGER_RATE_OUT_OF_RANGE(11),
    DEIONIZED_WATER_LOW(12),
    OSC_HVPS1_END_OF_CHARGE(16),
    OSC_HVPS1_OVERLOAD(17),
    OSC_HVPS1_OVER_TEMPERATURE(18),
    OSC_HVPS1_OVER_VOLTAGE(19),
    OSC_HVPS2_END_OF_CHARGE(20),
    OSC_HVPS2_OVERLOAD(21),
    OSC_HVPS2_OVER_TEMPERATURE(22),
    OSC_HVPS2_OVER_VOLTAGE(23),
    AMP_HVPS1_END_OF_CHARGE(24),
    AMP_HVPS1_OVERLOAD(25),
    AMP_HVPS1_OVER_TEMPERATURE(26),
    AMP_HVPS1_OVER_VOLTAGE(27),
    AMP_HVPS2_END_OF_CHARGE(28),
    AMP_HVPS2_OVERLOAD(29),
    AMP_HVPS2_OVER_TEMPERATURE(30),
    AMP_HVPS2_OVER_VOLTAGE(31);

    private final int bit;

    QuestionableBit(int bit) {
        this.bit = bit;
    }

    /** The bit index, 0 = least significant. */
    public int bit() {
        return bit;
    }

    /** The register value with only this bit set. */
    public long mask() {
        return 1L << bit;
    }
}
