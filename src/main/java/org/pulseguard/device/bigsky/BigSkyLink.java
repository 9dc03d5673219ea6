package org.pulseguard.device.bigsky;

import java.util.Optional;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.device.polled.AttemptResult;
import org.pulseguard.device.polled.Exchange;
import org.pulseguard.device.polled.ExchangeLink;
import org.pulseguard.protocol.bigsky.Address;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.protocol.bigsky.BigSkyHostCodec;
import org.pulseguard.protocol.bigsky.BigSkyReply;
import org.pulseguard.protocol.bigsky.BigSkyReplyReader;
import org.pulseguard.protocol.bigsky.BigSkyRequest;
import org.pulseguard.protocol.bigsky.ReplyResult;

/**
 * Big Sky commands over one {@link ExchangeLink} (docs/protocol/bigsky.md): each command line goes
 * out with the configured address, and its reply is read as exactly 17 bytes against the command's
 * template. A missing, short or garbled reply, or one that does not fit the template, is never a
 * value: it is retried, then fails (TIMEOUT or PROTOCOL_ERROR). Thread-safe.
 */
final class BigSkyLink {
    private final ExchangeLink link;
    private final Address address;

    BigSkyLink(ExchangeLink link, Address address) {
        this.link = link;
        this.address = address;
    }

    ExchangeLink link() {
        return link;
    }

    /** The mnemonic alone (a query or an action) and its typed reply. */
    <T extends BigSkyReply> T query(BigSkyCommand command, Class<T> type) throws DeviceException {
        return exchange(BigSkyRequest.of(command), type, link.interjections());
    }

    /** The value of a numeric query, in the command's wire unit. */
    int number(BigSkyCommand command) throws DeviceException {
        return query(command, BigSkyReply.NumericReading.class).value();
    }

    /**
     * A numeric set form {@code <mnemonic><value>}; returns the value the unit echoes, which the
     * caller compares (section 1.8: a unit answers a value it refuses with the setting unchanged).
     *
     * @param fence not sent once an emergency stop followed this {@link ExchangeLink#interjections()} value
     */
    int set(BigSkyCommand command, int value, long fence) throws DeviceException {
        return exchange(BigSkyRequest.of(command, value), BigSkyReply.NumericReading.class, fence).value();
    }

    /** A fence for {@link #set} and {@link #exchange}: the link's interjection count now. */
    long fence() {
        return link.interjections();
    }

    /** Any request and its typed reply, not sent once an emergency stop followed {@code fence}. */
    <T extends BigSkyReply> T exchange(BigSkyRequest request, Class<T> type, long fence) throws DeviceException {
        BigSkyReply reply = link.exchange(new CommandExchange(request), fence);
        if (!type.isInstance(reply)) {
            throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR, describe(request) + " answered by "
                    + reply.getClass().getSimpleName() + ", not " + type.getSimpleName());
        }
        return type.cast(reply);
    }

    /**
     * Sends {@code S} (lamp stop) at once, ahead of any command in progress, which then fails: its
     * reply can no longer be told from the stop's.
     *
     * @param why what it is for, for logs and refusals: {@code emergency stop}, {@code standby}
     */
    void interjectLampStop(String why) throws DeviceException {
        BigSkyRequest stop = BigSkyRequest.of(BigSkyCommand.LAMP_STOP);
        link.interject(BigSkyHostCodec.encode(address, stop), why + " " + describe(stop),
                DeviceException.refused(RefusalReason.FAULT_LATCHED, "interrupted by " + why));
    }

    private String describe(BigSkyRequest request) {
        return address.prefix() + request.text();
    }

    /** One command line and the reading of its 17-byte reply. */
    private final class CommandExchange implements Exchange<BigSkyReply> {
        private final BigSkyRequest request;

        CommandExchange(BigSkyRequest request) {
            this.request = request;
        }

        @Override
        public String describe() {
            return BigSkyLink.this.describe(request);
        }

        @Override
        public byte[] bytes() {
            return BigSkyHostCodec.encode(address, request);
        }

        @Override
        public Attempt<BigSkyReply> begin() {
            BigSkyReplyReader reader = new BigSkyReplyReader();
            reader.start();
            BigSkyCommand command = request.command();
            return new Attempt<>() {
                @Override
                public Optional<AttemptResult<BigSkyReply>> feed(byte[] data, int offset, int count) {
                    return reader.feed(data, offset, count)
                            .map(frame -> result(BigSkyHostCodec.parseReply(command, frame)));
                }

                @Override
                public AttemptResult<BigSkyReply> expire() {
                    return result(BigSkyHostCodec.parseReply(command, reader.expire()));
                }
            };
        }

        private AttemptResult<BigSkyReply> result(ReplyResult result) {
            if (result instanceof ReplyResult.Parsed parsed) {
                return new AttemptResult.Answered<>(parsed.reply());
            }
            ReplyResult.Malformed malformed = (ReplyResult.Malformed) result;
            return new AttemptResult.Unusable<>(malformed.failure() == ReplyResult.Failure.NO_REPLY,
                    malformed.failure() + ": " + malformed.detail());
        }
    }
}
