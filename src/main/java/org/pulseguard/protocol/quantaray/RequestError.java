package org.pulseguard.protocol.quantaray;

/**
 * Why the device side refused a command line, with the code of its {@code ERROR} line in echo
 * mode 2 (docs/protocol/quantaray.md section 5). [codes inferred]
 */
public enum RequestError {
    /** No command in the table starts this way. */
    UNKNOWN_COMMAND(1),
    /** A missing, extra or malformed argument. */
    BAD_ARGUMENT(2),
    /** A well-formed argument outside its range. */
    OUT_OF_RANGE(3),
    /** A byte outside printable ASCII in the line. */
    GARBLED(4),
    /** A line longer than {@link QuantaRayLimits#MAX_LINE}. */
    OVERLONG(5);

    private final int code;

    RequestError(int code) {
        this.code = code;
    }

    /** The number in the {@code ERROR} line. */
    public int code() {
        return code;
    }
}
