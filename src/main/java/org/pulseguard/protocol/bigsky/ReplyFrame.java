package org.pulseguard.protocol.bigsky;

/**
 * What the host's {@link BigSkyReplyReader} made of the bytes that answered one command
 * (docs/references.md#bigsky-drivers: exactly 17 bytes, CR LF then a 15-character field). Never null;
 * immutable.
 */
public sealed interface ReplyFrame {

    /** 17 bytes that start with CR LF and continue with 15 printable ASCII characters. */
    record Field(String text) implements ReplyFrame {
        public Field {
            if (text == null || text.length() != FieldTemplate.WIDTH) {
                throw new BigSkyProtocolException("reply field must be " + FieldTemplate.WIDTH + " characters");
            }
        }
    }

    /**
     * 17 bytes that are not CR LF plus 15 printable characters (a late or merged reply, line noise).
     *
     * @param reason what was wrong, naming the byte position
     */
    record Garbled(String reason) implements ReplyFrame {}

    /** The deadline passed with 1..16 bytes received: a short reply. */
    record Short(int receivedBytes) implements ReplyFrame {}

    /** The deadline passed with no byte received. */
    record Missing() implements ReplyFrame {}
}
