package org.pulseguard.protocol.quantaray;

/** The device's reading of one command line (docs/protocol/quantaray.md section 5). Never null; immutable. */
public sealed interface RequestResult {

    /** A command from the table, well formed, with any argument in range. */
    record Accepted(QuantaRayRequest request) implements RequestResult {}

    /**
     * A line that is not an acceptable command. The unit stays silent, or in echo mode 2 sends
     * {@link QuantaRayReply.DeviceError#of(RequestError)}.
     *
     * @param detail what was wrong, naming the part of the line
     */
    record Rejected(RequestError error, String detail) implements RequestResult {}
}
