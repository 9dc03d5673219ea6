package org.pulseguard.device.quantaray;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.StringJoiner;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.device.polled.AttemptResult;
import org.pulseguard.device.polled.Exchange;
import org.pulseguard.device.polled.ExchangeLink;
import org.pulseguard.protocol.quantaray.InboundLine;
import org.pulseguard.protocol.quantaray.QuantaRayCommand;
import org.pulseguard.protocol.quantaray.QuantaRayHostCodec;
import org.pulseguard.protocol.quantaray.QuantaRayLineSplitter;
import org.pulseguard.protocol.quantaray.QuantaRayReply;
import org.pulseguard.protocol.quantaray.QuantaRayRequest;
import org.pulseguard.protocol.quantaray.ReplyCollector;
import org.pulseguard.protocol.quantaray.ReplyResult;

/**
 * Quanta-Ray commands over one {@link ExchangeLink} (docs/protocol/quantaray.md): a query waits
 * for its reply lines, read by a {@link ReplyCollector}; a missing, incomplete, garbled or
 * malformed reply is never a value (retried, then TIMEOUT or PROTOCOL_ERROR). A command without a
 * reply is written and never waited for: callers confirm it with a query.
 *
 * <p>Pairing a reply with its query (the dialect has no sequence numbers): one line splitter sees
 * every byte of the link, awaited or stray, and at the start of each attempt the line then in
 * progress is marked for discarding, so a reply that stalled mid-line, or stray bytes, can never
 * lend their tail (or their head) to the next reply. An attempt that got bytes but no complete
 * reply is a broken reply (PROTOCOL_ERROR after the retries), never "no reply". A reply of the
 * right shape that belongs to another query cannot be told apart here; the counter's plausibility
 * check ({@link org.pulseguard.device.polled.PulseCounter}) and the status register's bit 23 catch
 * what would matter. Thread-safe.
 */
final class QuantaRayLink {
    private final ExchangeLink link;
    /** One per link, fed every byte (awaited or stray) under the link's inbound lock. */
    private final QuantaRayLineSplitter splitter = new QuantaRayLineSplitter();

    /** @param link a link not yet started: it shows this link its stray bytes */
    QuantaRayLink(ExchangeLink link) {
        this.link = link;
        link.observeStrayBytes((data, count) -> splitter.feed(data, 0, count));
    }

    ExchangeLink link() {
        return link;
    }

    /** A fence for {@link #send}: the link's interjection count now. */
    long fence() {
        return link.interjections();
    }

    /** A query without argument and its typed reply. */
    <T extends QuantaRayReply> T query(QuantaRayCommand command, Class<T> type) throws DeviceException {
        QuantaRayRequest request = new QuantaRayRequest.Plain(command);
        QuantaRayReply reply = link.exchange(new QueryExchange(request));
        if (!type.isInstance(reply)) {
            throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR, request.text() + " answered by "
                    + reply.getClass().getSimpleName() + ", not " + type.getSimpleName());
        }
        return type.cast(reply);
    }

    /** A command the unit does not answer; not sent once an emergency stop followed {@code fence}. */
    void send(QuantaRayRequest request, long fence) throws DeviceException {
        requireNoReply(request);
        link.send(QuantaRayHostCodec.encode(request), request.text(), fence);
    }

    /**
     * Commands the unit does not answer, written at once in one write, ahead of any command in progress.
     *
     * @param why what they are for, for logs and refusals: {@code emergency stop}, {@code standby}
     */
    void interject(String why, QuantaRayRequest... requests) throws DeviceException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringJoiner what = new StringJoiner(", ", why + " ", "");
        for (QuantaRayRequest request : requests) {
            requireNoReply(request);
            bytes.writeBytes(QuantaRayHostCodec.encode(request));
            what.add(request.text());
        }
        link.interject(bytes.toByteArray(), what.toString(), null);
    }

    private static void requireNoReply(QuantaRayRequest request) {
        if (request.expectsReply()) {
            throw new IllegalArgumentException(request.text() + " is answered; use query");
        }
    }

    /** One query and the reading of its reply lines. */
    private final class QueryExchange implements Exchange<QuantaRayReply> {
        private final QuantaRayRequest request;

        QueryExchange(QuantaRayRequest request) {
            this.request = request;
        }

        @Override
        public String describe() {
            return request.text();
        }

        @Override
        public byte[] bytes() {
            return QuantaRayHostCodec.encode(request);
        }

        @Override
        public Attempt<QuantaRayReply> begin() {
            splitter.discardLineInProgress();
            ReplyCollector collector = new ReplyCollector(request.command());
            return new Attempt<>() {
                private boolean bytesArrived;

                @Override
                public Optional<AttemptResult<QuantaRayReply>> feed(byte[] data, int offset, int count) {
                    bytesArrived |= count > 0;
                    Optional<AttemptResult<QuantaRayReply>> done = Optional.empty();
                    for (InboundLine line : splitter.feed(data, offset, count)) {
                        Optional<ReplyResult> result = collector.accept(line);
                        if (result.isPresent() && done.isEmpty()) {
                            done = Optional.of(result(result.get()));
                        }
                    }
                    return done;
                }

                @Override
                public AttemptResult<QuantaRayReply> expire() {
                    AttemptResult<QuantaRayReply> expired = result(collector.expire());
                    if (bytesArrived && expired instanceof AttemptResult.Unusable<QuantaRayReply> unusable
                            && unusable.silent()) {
                        // Bytes came (a line without its end, or a discarded stale line): a broken reply.
                        return new AttemptResult.Unusable<>(false, "INCOMPLETE_REPLY: bytes but no complete line for "
                                + request.text());
                    }
                    return expired;
                }
            };
        }

        private AttemptResult<QuantaRayReply> result(ReplyResult result) {
            if (result instanceof ReplyResult.Parsed parsed) {
                return new AttemptResult.Answered<>(parsed.reply());
            }
            if (result instanceof ReplyResult.Refused refused) {
                return new AttemptResult.Failed<>(DeviceException.refused(refusal(refused.error().code()),
                        request.text() + " refused by the unit: " + refused.error().lines().get(0)));
            }
            ReplyResult.Malformed malformed = (ReplyResult.Malformed) result;
            return new AttemptResult.Unusable<>(malformed.failure() == ReplyResult.Failure.NO_REPLY,
                    malformed.failure() + ": " + malformed.detail());
        }
    }

    /** The refusal for an {@code ERROR <code>} line (docs/protocol/quantaray.md section 5). */
    private static RefusalReason refusal(int code) {
        return switch (code) {
            case 1 -> RefusalReason.UNKNOWN_COMMAND;
            case 3 -> RefusalReason.OUT_OF_RANGE;
            default -> RefusalReason.BAD_PAYLOAD;
        };
    }
}
