package org.pulseguard.protocol.bigsky;

/**
 * One command line as cut by the device's {@link CommandLineSplitter}, or a typed reason why the
 * bytes up to a line feed are not a line (docs/protocol/bigsky.md section 2). Never null; immutable.
 */
public sealed interface InboundLine {

    /** Printable ASCII text between two terminators, without the terminator, as received (any case). */
    record Line(String text) implements InboundLine {}

    /**
     * A line holding a byte outside printable ASCII (a control byte, a byte above 0x7E, a CR not
     * directly before the LF). The whole line is dropped, never repaired.
     *
     * @param length bytes in the line, terminator excluded
     * @param reason the first offending byte and its position
     */
    record Garbled(int length, String reason) implements InboundLine {}

    /** A line longer than {@link CommandLineSplitter#MAX_LINE} bytes; its bytes were discarded. */
    record Overlong(int length) implements InboundLine {}
}
