package org.pulseguard.simulator.bigsky;

import java.util.Objects;
import org.pulseguard.protocol.bigsky.BigSkyDeviceCodec;
import org.pulseguard.protocol.bigsky.CommandLineSplitter;
import org.pulseguard.protocol.bigsky.InboundLine;
import org.pulseguard.protocol.bigsky.RequestResult;
import org.pulseguard.simulator.link.LineDialect;
import org.pulseguard.simulator.link.LineExchange;

/**
 * The Big Sky unit's receive side (docs/protocol/bigsky.md sections 2 and 6): the shared
 * {@link CommandLineSplitter} cuts lines at LF; {@link BigSkyDeviceCodec} reads each. An accepted
 * command addressed to this unit ({@code >} or {@code $<its serial>}) is executed and answered
 * with exactly 17 bytes; an out-of-range set form is answered with the unchanged value (so the
 * host's echo check fails); a refused line (garbled, overlong, unknown, bad argument, no address)
 * and a line for another unit get no reply at all. Not thread-safe: the reader thread alone feeds it.
 */
public final class BigSkyDialect implements LineDialect {
    private final BigSkyUnit unit;
    private final CommandLineSplitter splitter = new CommandLineSplitter();

    /** @param unit the unit that executes the commands */
    public BigSkyDialect(BigSkyUnit unit) {
        this.unit = Objects.requireNonNull(unit, "unit");
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
        exchange.received(line instanceof InboundLine.Line ? ((InboundLine.Line) line).text() : "<" + line + ">");
        RequestResult result = BigSkyDeviceCodec.parse(line);
        if (result instanceof RequestResult.Accepted) {
            RequestResult.Accepted accepted = (RequestResult.Accepted) result;
            if (accepted.address().selects(unit.serial())) {
                exchange.reply(BigSkyDeviceCodec.formatReply(unit.execute(accepted.request())));
            }
        } else if (result instanceof RequestResult.OutOfRange) {
            RequestResult.OutOfRange outOfRange = (RequestResult.OutOfRange) result;
            if (outOfRange.address().selects(unit.serial())) {
                exchange.refused(outOfRange.command().mnemonic() + " value " + outOfRange.value()
                        + " out of range: answered with the unchanged value");
                exchange.reply(BigSkyDeviceCodec.formatReply(unit.unchanged(outOfRange.command())));
            }
        } else {
            RequestResult.Rejected rejected = (RequestResult.Rejected) result;
            exchange.refused(rejected.error() + ": " + rejected.detail());
        }
    }
}
