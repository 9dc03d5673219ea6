package org.pulseguard.protocol.quantaray;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Host side: gathers the lines that answer one query and reads them
 * (docs/references.md#quantaray-place-driver;
 * docs/protocol/quantaray.md section 6). One collector per query, created only when
 * {@link QuantaRayRequest#expectsReply()} is true:
 *
 * <pre>
 *   ReplyCollector collector = new ReplyCollector(request.command());
 *   for each line from the splitter: collector.accept(line) -> the result once complete
 *   if the reply deadline passes first: collector.expire() -> NO_REPLY or INCOMPLETE_REPLY
 * </pre>
 *
 * A first line starting {@code ERROR} is the unit's refusal ({@link ReplyResult.Refused}). Lines
 * after completion are counted in {@link #strayLines()}, not read. No exceptions for any input.
 * Not thread-safe: one reader thread uses it.
 */
public final class ReplyCollector {

    private final QuantaRayCommand command;
    private final List<String> lines = new ArrayList<>();
    private boolean complete;
    private long strayLines;

    /** @param command a command that expects a reply */
    public ReplyCollector(QuantaRayCommand command) {
        if (!command.expectsReply()) {
            throw new IllegalArgumentException(command + " gets no reply; do not wait for one");
        }
        this.command = command;
    }

    /** Takes the next line; returns the result on the line that completes the reply. */
    public Optional<ReplyResult> accept(InboundLine line) {
        if (complete) {
            strayLines++;
            return Optional.empty();
        }
        if (!(line instanceof InboundLine.Line)) {
            return finish(new ReplyResult.Malformed(ReplyResult.Failure.GARBLED_LINE, line.toString()));
        }
        String text = ((InboundLine.Line) line).text();
        if (lines.isEmpty() && text.startsWith(QuantaRayReply.DeviceError.PREFIX)) {
            return finish(refusal(text));
        }
        lines.add(text);
        if (isComplete()) {
            return finish(decode());
        }
        if (lines.size() >= QuantaRayLimits.MAX_HISTORY_ENTRIES + 2) {
            return finish(new ReplyResult.Malformed(ReplyResult.Failure.BAD_VALUE, "more lines than any reply has"));
        }
        return Optional.empty();
    }

    /** The reply deadline passed before the reply was complete. */
    public ReplyResult expire() {
        complete = true;
        return new ReplyResult.Malformed(lines.isEmpty() ? ReplyResult.Failure.NO_REPLY : ReplyResult.Failure.INCOMPLETE_REPLY,
                lines.size() + " line(s) of the reply to " + command.keyword());
    }

    /** Lines that arrived after the reply was complete. */
    public long strayLines() {
        return strayLines;
    }

    private boolean isComplete() {
        switch (command.replyShape()) {
            case FIVE_LINES:
                return lines.size() == 5;
            case HISTORY:
                return historyComplete();
            default:
                return true;
        }
    }

    /** A header of count 0 is the whole reply; otherwise the reply ends with the end line. */
    private boolean historyComplete() {
        if (lines.size() == 1) {
            try {
                return QuantaRayHostCodec.pair(lines.get(0))[0] == 0;
            } catch (QuantaRayProtocolException e) {
                return true;
            }
        }
        return lines.get(lines.size() - 1).trim().equals(ErrorHistory.END_LINE);
    }

    private ReplyResult decode() {
        try {
            return new ReplyResult.Parsed(QuantaRayHostCodec.decode(command, lines));
        } catch (QuantaRayProtocolException e) {
            return new ReplyResult.Malformed(ReplyResult.Failure.BAD_VALUE, command.keyword() + ": " + e.getMessage());
        }
    }

    private static ReplyResult refusal(String text) {
        try {
            return new ReplyResult.Refused(QuantaRayHostCodec.deviceError(text));
        } catch (QuantaRayProtocolException e) {
            return new ReplyResult.Malformed(ReplyResult.Failure.BAD_VALUE, e.getMessage());
        }
    }

    private Optional<ReplyResult> finish(ReplyResult result) {
        complete = true;
        return Optional.of(result);
    }
}
