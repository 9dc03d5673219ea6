package org.pulseguard.protocol.bigsky;

import java.nio.charset.StandardCharsets;

/**
 * Host side of the Big Sky / CFR dialect (docs/protocol/bigsky.md): writes command lines and
 * reads replies against the command's template. Pure functions, no I/O, thread-safe.
 */
public final class BigSkyHostCodec {
    private BigSkyHostCodec() {}

    /** The line terminator the host writes (pyvisa's default, seen on the wire). */
    public static final String TERMINATOR = "\r\n";

    /** The bytes of {@code request} to {@code address}: prefix, command, CR LF; upper case ASCII. */
    public static byte[] encode(Address address, BigSkyRequest request) {
        return (address.prefix() + request.text() + TERMINATOR).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Reads the reply to a command. A frame that is missing, short or garbled, and a field that does
     * not fit the command's template, give {@link ReplyResult.Malformed}: never a value.
     */
    public static ReplyResult parseReply(BigSkyCommand command, ReplyFrame frame) {
        if (frame instanceof ReplyFrame.Field) {
            return parseField(command, ((ReplyFrame.Field) frame).text());
        }
        if (frame instanceof ReplyFrame.Short) {
            return new ReplyResult.Malformed(ReplyResult.Failure.SHORT_REPLY,
                    ((ReplyFrame.Short) frame).receivedBytes() + " of " + BigSkyReplyReader.REPLY_LENGTH + " bytes");
        }
        if (frame instanceof ReplyFrame.Garbled) {
            return new ReplyResult.Malformed(ReplyResult.Failure.GARBLED_FRAME, ((ReplyFrame.Garbled) frame).reason());
        }
        return new ReplyResult.Malformed(ReplyResult.Failure.NO_REPLY, "no reply to " + command.mnemonic());
    }

    /** Reads a 15-character field against the template of {@code command}'s reply. */
    public static ReplyResult parseField(BigSkyCommand command, String field) {
        try {
            return new ReplyResult.Parsed(command.replyLayout().decode(field));
        } catch (BigSkyProtocolException e) {
            return new ReplyResult.Malformed(ReplyResult.Failure.BAD_FIELD, command.mnemonic() + ": " + e.getMessage());
        }
    }
}
