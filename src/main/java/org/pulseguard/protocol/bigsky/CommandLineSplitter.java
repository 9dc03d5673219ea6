package org.pulseguard.protocol.bigsky;

import java.util.ArrayList;
import java.util.List;

/**
 * Device side: cuts the host's byte stream into command lines (docs/references.md#bigsky-drivers).
 * A line ends at LF; a CR directly before the LF belongs to the terminator, so CR LF and LF alone
 * both end a line. Bytes without a terminator wait (the unit ignores unterminated commands).
 * Empty lines are skipped. A line with a non-printable byte is reported as
 * {@link InboundLine.Garbled}, one longer than {@link #MAX_LINE} as {@link InboundLine.Overlong}
 * (its bytes are not kept); neither is ever repaired into a command.
 *
 * <p>No I/O and no exceptions for any input. Not thread-safe: one reader thread feeds it.
 */
public final class CommandLineSplitter {

    /** Longest accepted line without its terminator; the longest valid line is 17 characters. */
    public static final int MAX_LINE = 32;

    private final char[] line = new char[MAX_LINE];
    private int length;
    private boolean pendingCr;
    private String garbledReason;
    private long skippedEmptyLines;

    /** Feeds {@code count} bytes of {@code data} from {@code offset}; returns every line completed. */
    public List<InboundLine> feed(byte[] data, int offset, int count) {
        List<InboundLine> out = new ArrayList<>();
        for (int i = offset; i < offset + count; i++) {
            int b = data[i] & 0xFF;
            if (b == '\n') {
                endLine(out);
            } else if (b == '\r') {
                if (pendingCr) {
                    append('\r');
                }
                pendingCr = true;
            } else {
                if (pendingCr) {
                    pendingCr = false;
                    append('\r');
                }
                append(b);
            }
        }
        return out;
    }

    /** Feeds all of {@code data}. */
    public List<InboundLine> feed(byte[] data) {
        return feed(data, 0, data.length);
    }

    /** Forgets a partial line, for example after the link was re-opened. */
    public void reset() {
        length = 0;
        pendingCr = false;
        garbledReason = null;
    }

    /** Empty lines skipped so far. */
    public long skippedEmptyLines() {
        return skippedEmptyLines;
    }

    private void append(int b) {
        if (garbledReason == null && (b < 0x20 || b > 0x7E)) {
            garbledReason = String.format("byte 0x%02X at position %d", b, length);
        }
        if (length < MAX_LINE) {
            line[length] = (char) b;
        }
        if (length < Integer.MAX_VALUE) {
            length++;
        }
    }

    private void endLine(List<InboundLine> out) {
        pendingCr = false;
        if (length > MAX_LINE) {
            out.add(new InboundLine.Overlong(length));
        } else if (garbledReason != null) {
            out.add(new InboundLine.Garbled(length, garbledReason));
        } else if (length == 0) {
            skippedEmptyLines++;
        } else {
            out.add(new InboundLine.Line(new String(line, 0, length)));
        }
        length = 0;
        garbledReason = null;
    }
}
