package org.pulseguard.protocol.quantaray;

/**
 * One line as cut by {@link QuantaRayLineSplitter}, or a typed reason why the bytes up to a
 * terminator are not a line (docs/protocol/quantaray.md section 2). Never null; immutable.
 */
public sealed interface InboundLine {

    /** Printable ASCII text between terminators, without them, as received. */
    record Line(String text) implements InboundLine {}

    /**
     * A line holding a byte outside printable ASCII. The whole line is dropped, never repaired.
     *
     * @param reason the first offending byte and its position
     */
    record Garbled(int length, String reason) implements InboundLine {}

    /** A line longer than {@link QuantaRayLimits#MAX_LINE} bytes; its bytes were discarded. */
    record Overlong(int length) implements InboundLine {}
}
