package org.pulseguard.protocol.quantaray;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a Quanta-Ray byte stream into lines, on either side (docs/references.md#quantaray-place-driver): the
 * host ends commands with CR, the unit ends replies with LF (CR LF in echo mode 4). Here CR and LF
 * both end a line and empty lines are skipped, so CR, LF and CR LF all work and the extra line
 * feed of echo mode 3 disappears. A line with a non-printable byte is reported as
 * {@link InboundLine.Garbled}, one longer than {@link QuantaRayLimits#MAX_LINE} as
 * {@link InboundLine.Overlong}; neither is ever repaired.
 *
 * <p>A host reading replies calls {@link #discardLineInProgress()} just before it writes each
 * query: bytes already received without their line end are the head of an older line (a reply
 * that stalled, stray bytes), so the line they began is dropped when it ends, however its tail
 * looks, and never read as (part of) the reply to the new query.
 *
 * <p>No I/O and no exceptions for any input. Not thread-safe: one reader thread feeds it.
 */
public final class QuantaRayLineSplitter {

    private final char[] line = new char[QuantaRayLimits.MAX_LINE];
    private int length;
    private String garbledReason;
    private long skippedEmptyLines;
    private boolean discarding;
    private long discardedLines;

    /** Feeds {@code count} bytes of {@code data} from {@code offset}; returns every line completed. */
    public List<InboundLine> feed(byte[] data, int offset, int count) {
        List<InboundLine> out = new ArrayList<>();
        for (int i = offset; i < offset + count; i++) {
            int b = data[i] & 0xFF;
            if (b == '\r' || b == '\n') {
                endLine(out);
            } else {
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
        garbledReason = null;
        discarding = false;
    }

    /**
     * The line in progress, if any, began before the caller's point of interest: it is dropped
     * (counted in {@link #discardedLines()}) when it ends, up to and including its terminator.
     * No effect when no line is in progress.
     */
    public void discardLineInProgress() {
        if (length > 0) {
            discarding = true;
        }
    }

    /** True while bytes of a line have arrived without its end. */
    public boolean lineInProgress() {
        return length > 0;
    }

    /** Lines dropped because they began before a {@link #discardLineInProgress()}. */
    public long discardedLines() {
        return discardedLines;
    }

    /** Empty lines skipped so far (the LF of every CR LF counts as one). */
    public long skippedEmptyLines() {
        return skippedEmptyLines;
    }

    private void append(int b) {
        if (garbledReason == null && (b < 0x20 || b > 0x7E)) {
            garbledReason = String.format("byte 0x%02X at position %d", b, length);
        }
        if (length < line.length) {
            line[length] = (char) b;
        }
        if (length < Integer.MAX_VALUE) {
            length++;
        }
    }

    private void endLine(List<InboundLine> out) {
        if (discarding) {
            discardedLines++;
        } else if (length > line.length) {
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
        discarding = false;
    }
}
