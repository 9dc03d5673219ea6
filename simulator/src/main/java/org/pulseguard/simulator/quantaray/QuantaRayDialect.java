package org.pulseguard.simulator.quantaray;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.pulseguard.protocol.quantaray.EchoMode;
import org.pulseguard.protocol.quantaray.InboundLine;
import org.pulseguard.protocol.quantaray.QuantaRayDeviceCodec;
import org.pulseguard.protocol.quantaray.QuantaRayLineSplitter;
import org.pulseguard.protocol.quantaray.QuantaRayReply;
import org.pulseguard.protocol.quantaray.QuantaRayRequest;
import org.pulseguard.protocol.quantaray.RequestResult;
import org.pulseguard.simulator.LineUnitSimulator;
import org.pulseguard.simulator.link.LineDialect;
import org.pulseguard.simulator.link.LineExchange;
import org.pulseguard.transport.SerialSettings;

/**
 * The Quanta-Ray unit's receive side (docs/protocol/quantaray.md sections 2 and 5): the shared
 * {@link QuantaRayLineSplitter} cuts lines at CR or LF; {@link QuantaRayDeviceCodec} reads each.
 * A query is answered with its reply lines (LF endings, CR LF in echo mode 4); a set or action
 * command gets nothing. A refused line gets nothing, or in echo mode 2 one {@code ERROR} line.
 * Echo mode 1 echoes each received line, echo mode 3 adds a line feed after every command
 * [inferred]. {@code BAUD n} changes the speed the output is paced at. Not thread-safe: the
 * reader thread alone feeds it.
 */
public final class QuantaRayDialect implements LineDialect {
    private final QuantaRayUnit unit;
    private final LineUnitSimulator.LineSpeed lineSpeed;
    private final QuantaRayLineSplitter splitter = new QuantaRayLineSplitter();

    /**
     * @param unit the unit that executes the commands
     * @param lineSpeed where a {@code BAUD} command changes the output pacing
     */
    public QuantaRayDialect(QuantaRayUnit unit, LineUnitSimulator.LineSpeed lineSpeed) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.lineSpeed = Objects.requireNonNull(lineSpeed, "lineSpeed");
    }

    @Override
    public void feed(byte[] data, int count, LineExchange exchange) {
        for (InboundLine line : splitter.feed(data, 0, count)) {
            handle(line, exchange);
        }
    }

    @Override
    public void reset() {
        splitter.reset();
    }

    private void handle(InboundLine line, LineExchange exchange) {
        boolean printable = line instanceof InboundLine.Line;
        exchange.received(printable ? ((InboundLine.Line) line).text() : "<" + line + ">");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EchoMode before = unit.echoMode();
        if (before == EchoMode.ECHO_CHARACTERS && printable) {
            write(out, ((InboundLine.Line) line).text() + before.lineEnding());
        }
        RequestResult result = QuantaRayDeviceCodec.parse(line);
        if (result instanceof RequestResult.Accepted) {
            QuantaRayRequest request = ((RequestResult.Accepted) result).request();
            Optional<QuantaRayReply> reply = unit.execute(request);
            reply.ifPresent(r -> write(out, QuantaRayDeviceCodec.formatReply(r, unit.echoMode())));
            if (request instanceof QuantaRayRequest.SetBaudRate) {
                SerialSettings speed = new SerialSettings(((QuantaRayRequest.SetBaudRate) request).baud(), 8, 'N', 2);
                lineSpeed.change(speed);
            }
        } else {
            RequestResult.Rejected rejected = (RequestResult.Rejected) result;
            exchange.refused(rejected.error() + ": " + rejected.detail());
            if (before.showsErrors()) {
                write(out, QuantaRayDeviceCodec.formatReply(QuantaRayReply.DeviceError.of(rejected.error()), before));
            }
        }
        if (unit.echoMode() == EchoMode.LINE_FEED_PER_COMMAND) {
            write(out, "\n");
        }
        if (out.size() > 0) {
            exchange.reply(out.toByteArray());
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        write(out, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static void write(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }
}
