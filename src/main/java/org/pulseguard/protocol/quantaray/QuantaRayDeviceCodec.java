package org.pulseguard.protocol.quantaray;

import java.nio.charset.StandardCharsets;

/**
 * Device side of the Quanta-Ray INDI/PRO/LAB dialect (docs/protocol/quantaray.md): reads command
 * lines cut by {@link QuantaRayLineSplitter} and writes reply lines. A command whose
 * {@link QuantaRayRequest#expectsReply()} is false gets no bytes at all; a refused line gets
 * nothing, or in echo mode 2 the line of {@link QuantaRayReply.DeviceError#of(RequestError)}.
 * Pure functions, no I/O, thread-safe.
 */
public final class QuantaRayDeviceCodec {
    private QuantaRayDeviceCodec() {}

    /** Reads one line from the splitter; garbled and overlong lines are rejected. */
    public static RequestResult parse(InboundLine line) {
        if (line instanceof InboundLine.Garbled) {
            return new RequestResult.Rejected(RequestError.GARBLED, ((InboundLine.Garbled) line).reason());
        }
        if (line instanceof InboundLine.Overlong) {
            return new RequestResult.Rejected(RequestError.OVERLONG,
                    ((InboundLine.Overlong) line).length() + " bytes, limit " + QuantaRayLimits.MAX_LINE);
        }
        return parseLine(((InboundLine.Line) line).text());
    }

    /** Reads one command line without its terminator, for example {@code qsw del 200}. */
    public static RequestResult parseLine(String line) {
        return RequestParser.parse(line);
    }

    /** The bytes of {@code reply}: each line followed by the terminator of {@code mode} (LF, or CR LF in mode 4). */
    public static byte[] formatReply(QuantaRayReply reply, EchoMode mode) {
        StringBuilder out = new StringBuilder();
        for (String line : reply.lines()) {
            out.append(line).append(mode.lineEnding());
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
