package org.pulseguard.protocol.bigsky;

/**
 * The host's reading of the reply to one command: a typed reply, or a typed error that carries
 * no value (docs/protocol/bigsky.md section 6). Never null; immutable.
 */
public sealed interface ReplyResult {

    /** Why a reply gave no value. */
    enum Failure {
        /** No byte came before the deadline. */
        NO_REPLY,
        /** Fewer than 17 bytes came before the deadline. */
        SHORT_REPLY,
        /** 17 bytes came, but not CR LF plus 15 printable characters. */
        GARBLED_FRAME,
        /** The field's fixed text, digit columns or value range do not fit the command's template. */
        BAD_FIELD
    }

    /** A reply that fits the command's template. */
    record Parsed(BigSkyReply reply) implements ReplyResult {}

    /**
     * A reply that gave no value.
     *
     * @param detail what was wrong, naming the column or byte
     */
    record Malformed(Failure failure, String detail) implements ReplyResult {}
}
