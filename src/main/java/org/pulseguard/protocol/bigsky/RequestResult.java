package org.pulseguard.protocol.bigsky;

/**
 * The device's reading of one command line (docs/protocol/bigsky.md sections 2, 3 and 6). Never
 * null; immutable.
 */
public sealed interface RequestResult {

    /** A command from the table, well formed, with any argument in range. */
    record Accepted(Address address, BigSkyRequest request) implements RequestResult {}

    /**
     * A well-formed set form whose value is outside the documented range ({@code V2000}). Kept apart
     * from {@link Rejected} because the command is known: a simulator can answer with the unchanged
     * setting, which the host's echo check then refuses.
     */
    record OutOfRange(Address address, BigSkyCommand command, int value) implements RequestResult {}

    /**
     * A line that is not a command.
     *
     * @param detail what was wrong, naming the part of the line
     */
    record Rejected(RequestError error, String detail) implements RequestResult {}
}
