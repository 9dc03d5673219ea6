package org.pulseguard.protocol.bigsky;

/**
 * The {@code IF}, {@code IF2} or {@code IQ} interlock field: a label, then eight binary digits,
 * bit i at the i-th digit counted from the left (docs/references.md#bigsky-drivers). For example
 * {@code IF     10000001} has bits 0 and 7 set. The label and the eight-digit width are
 * [inferred]; the bit order is the one the SrF client decodes. Immutable, thread-safe.
 *
 * @param layout {@link ReplyLayout#LAMP_INTERLOCKS}, {@link ReplyLayout#LAMP_INTERLOCKS_2} or
 *     {@link ReplyLayout#QSWITCH_INTERLOCKS}
 * @param bits 0..255, undocumented bits included as sent
 */
public record InterlockField(ReplyLayout layout, int bits) implements BigSkyReply {

    public InterlockField {
        if (layout == null || layout.family() != ReplyLayout.Family.INTERLOCKS) {
            throw new BigSkyProtocolException("layout " + layout + " is not an interlock field");
        }
        if (bits < 0 || bits > 0xFF) {
            throw new BigSkyProtocolException("interlock bits " + bits + " outside 0..255");
        }
    }

    /** True if {@code bit} belongs to this field and is set. */
    public boolean isSet(InterlockBit bit) {
        return bit.field() == layout && (bits >> bit.bit() & 1) == 1;
    }

    /** True if no bit is set. */
    public boolean allClear() {
        return bits == 0;
    }

    @Override
    public String field() {
        return layout.template().render(bits);
    }
}
