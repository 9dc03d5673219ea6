package org.pulseguard.protocol.bigsky;

/**
 * The documented bits of the {@code IF}, {@code IF2} and {@code IQ} interlock fields
 * (docs/references.md#bigsky-drivers, bit maps from SrF {@code interlock.py}). A set bit means the
 * condition is present (the interlock is open or the fault is active). [inferred polarity]
 */
public enum InterlockBit {
    WATER_FLOW(ReplyLayout.LAMP_INTERLOCKS, 0),
    WATER_LEVEL(ReplyLayout.LAMP_INTERLOCKS, 2),
    LAMP_HEAD_CONNECTOR(ReplyLayout.LAMP_INTERLOCKS, 3),
    AUXILIARY_CONNECTOR(ReplyLayout.LAMP_INTERLOCKS, 4),
    EXTERNAL_INTERLOCK(ReplyLayout.LAMP_INTERLOCKS, 5),
    COVER_OPEN(ReplyLayout.LAMP_INTERLOCKS, 6),
    CAPACITOR_LOAD_FAIL(ReplyLayout.LAMP_INTERLOCKS_2, 2),
    SIMMER_FAIL(ReplyLayout.LAMP_INTERLOCKS_2, 3),
    LAMP_WATER_TEMPERATURE(ReplyLayout.LAMP_INTERLOCKS_2, 5),
    EMISSION_INHIBITED(ReplyLayout.QSWITCH_INTERLOCKS, 1),
    QSWITCH_WATER_TEMPERATURE(ReplyLayout.QSWITCH_INTERLOCKS, 2),
    SHUTTER_CLOSED(ReplyLayout.QSWITCH_INTERLOCKS, 6);

    private final ReplyLayout field;
    private final int bit;

    InterlockBit(ReplyLayout field, int bit) {
        this.field = field;
        this.bit = bit;
    }

    /** The field that carries this bit: {@code IF}, {@code IF2} or {@code IQ}. */
    public ReplyLayout field() {
        return field;
    }

    /** The bit index, which is also the column offset from the first binary digit. */
    public int bit() {
        return bit;
    }
}
