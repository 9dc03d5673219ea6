package org.pulseguard.protocol.bigsky;

/**
 * Why the device side refused a command line (docs/protocol/bigsky.md section 6). No error reply
 * is documented for the Big Sky: the unit's answer to a refused line is the simulator's choice,
 * documented there.
 */
public enum RequestError {
    /** Neither {@code >} nor {@code $<serial>} (a bare command or the ograsdijk form; not supported). */
    NO_ADDRESS,
    /** {@code $} without a serial number of 1..9 digits. */
    BAD_ADDRESS,
    /** No command in the table has this mnemonic. */
    UNKNOWN_COMMAND,
    /** An argument where none is allowed, none where one is required, or the wrong syntax. */
    BAD_ARGUMENT,
    /** A byte outside printable ASCII in the line. */
    GARBLED,
    /** A line longer than {@link CommandLineSplitter#MAX_LINE}. */
    OVERLONG
}
