package org.pulseguard.simulator.link;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pulseguard.simulator.endpoint.DeviceEndpoint;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.fault.LinkFaultPlan;

/**
 * Binds a text dialect ({@link LineDialect}) to a {@link DeviceEndpoint}: the reader thread feeds
 * received bytes to the dialect, whose replies go through the pending link faults onto the paced
 * output line ({@link EndpointLink}). Text dialects send nothing unsolicited.
 *
 * <p>Thread-safe: {@link #powerCycled()} and everything of {@link EndpointLink} may be called from
 * any thread.
 */
public final class LineProtocolServer extends EndpointLink {
    private final LineDialect dialect;
    private final AtomicBoolean resetPending = new AtomicBoolean();
    private final Exchange exchange = new Exchange();

    /**
     * @param dialect the dialect's receive side, bound to its unit
     * @param endpoint an opened endpoint
     * @param faults link faults to apply to replies (normally {@code CorruptionRule.TEXT_HIGH_BIT})
     * @param ledger where acting faults are counted
     * @param options line settings (the power-up speed), pacing, garbage on open
     * @param listener told of traffic; must not throw
     * @param failSafe puts the unit in its safe state after a failure on a simulator thread
     * @param protocolName for the log, for example {@code the Big Sky dialect}
     */
    public LineProtocolServer(LineDialect dialect, DeviceEndpoint endpoint, LinkFaultPlan faults, FaultLedger ledger,
                              LinkOptions options, LinkListener listener, Runnable failSafe, String protocolName) {
        super(endpoint, faults, ledger, options, listener, failSafe, protocolName);
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /**
     * The unit was power-cycled: output not yet sent is lost, a half-received line is forgotten and
     * the line speed is back to its power-up value.
     */
    public void powerCycled() {
        output.clear();
        resetPending.set(true);
        setLineSettings(initialLineSettings());
    }

    @Override
    void receive(byte[] buffer, int count) {
        if (resetPending.getAndSet(false)) {
            dialect.reset();
        }
        dialect.feed(buffer, count, exchange);
    }

    @Override
    void resetReceiver() {
        resetPending.set(false);
        dialect.reset();
    }

    /** Printable form of reply bytes for listeners and the fault ledger: CR, LF and other bytes escaped. */
    static String escape(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte raw : bytes) {
            int b = raw & 0xFF;
            if (b == '\r') {
                out.append("\\r");
            } else if (b == '\n') {
                out.append("\\n");
            } else if (b < 0x20 || b > 0x7E || b == '\\') {
                out.append(String.format("\\x%02X", b));
            } else {
                out.append((char) b);
            }
        }
        return out.toString();
    }

    private final class Exchange implements LineExchange {
        @Override
        public void received(String line) {
            counters.requestsReceived.incrementAndGet();
            listener.lineReceived(line);
        }

        @Override
        public void refused(String reason) {
            counters.malformedRequests.incrementAndGet();
            listener.frameRejected(reason);
        }

        @Override
        public void reply(byte[] bytes) {
            String text = escape(bytes);
            output.reply(bytes.clone(), "reply '" + text + "'", () -> {
                counters.repliesSent.incrementAndGet();
                listener.lineReplySent(text);
            });
        }
    }
}
