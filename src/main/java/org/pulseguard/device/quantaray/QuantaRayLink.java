package org.pulseguard.device.quantaray;

import java.util.Optional;
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
 * reply is written and never waited for: callers confirm it with a query. Thread-safe.
 */
final class QuantaRayLink {
    private final ExchangeLink link;
    /** One per link, fed only under the link's inbound lock; reset at the start of each attempt. */
    private final QuantaRayLineSplitter splitter = new QuantaRayLineSplitter();

    QuantaRayLink(ExchangeLink link) {
        this.link = link;
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

    /** A command the unit does not answer, written at once, ahead of any command in progress. */
    void interject(QuantaRayRequest request) throws DeviceException {
        requireNoReply(request);
        link.interject(QuantaRayHostCodec.encode(request), "emergency stop " + request.text(), null);
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
            splitter.reset();
            ReplyCollector collector = new ReplyCollector(request.command());
            return new Attempt<>() {
                @Override
                public Optional<AttemptResult<QuantaRayReply>> feed(byte[] data, int offset, int count) {
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
                    return result(collector.expire());
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
