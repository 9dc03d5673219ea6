package org.pulseguard.protocol.quantaray;

/**
 * The host's reading of the reply to one query: a typed reply, the unit's error line, or a typed
 * error that carries no value (docs/protocol/quantaray.md section 6). Never null; immutable.
 */
public sealed interface ReplyResult {

    /** Why a reply gave no value. */
    enum Failure {
        /** No line came before the deadline. */
        NO_REPLY,
        /** Some, but not all, lines of a multi-line reply came before the deadline. */
        INCOMPLETE_REPLY,
        /** A line held a non-printable byte or was overlong. */
        GARBLED_LINE,
        /** A line was not the number, word or layout the query's reply has. */
        BAD_VALUE
    }

    /** A reply of the expected form. */
    record Parsed(QuantaRayReply reply) implements ReplyResult {}

    /** The unit's {@code ERROR <code> <message>} line (echo mode 2). */
    record Refused(QuantaRayReply.DeviceError error) implements ReplyResult {}

    /**
     * A reply that gave no value.
     *
     * @param detail what was wrong, naming the line
     */
    record Malformed(Failure failure, String detail) implements ReplyResult {}
}
