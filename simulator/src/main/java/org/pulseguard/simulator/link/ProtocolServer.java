package org.pulseguard.simulator.link;

import java.util.List;
import java.util.Objects;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.simulator.endpoint.DeviceEndpoint;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.fault.LinkFaultPlan;
import org.pulseguard.simulator.model.DeviceOutput;
import org.pulseguard.simulator.model.SimulatedLaser;

/**
 * Binds a {@link SimulatedLaser} to a {@link DeviceEndpoint} with the reference protocol
 * (docs/protocol/reference-laser.md sections 2-5): the reader thread feeds the shared
 * {@code FrameDecoder} and answers requests through {@link RequestDispatcher}; the writer thread
 * sends replies, events and NAKs in order, paced at the line's speed ({@link EndpointLink}). A
 * failure on either thread is logged and puts the unit in its safe state (STANDBY, fault INTERNAL)
 * instead of killing the thread.
 *
 * <p>Thread-safe: {@link #cutLink()}, {@link #restoreLink()}, {@link #injectGarbage(int)},
 * {@link #statistics()} and {@link #close()} may be called from any thread.
 */
public final class ProtocolServer extends EndpointLink {
    private final SimulatedLaser laser;
    private final Outbox outbox;
    private final RequestDispatcher dispatcher;

    /**
     * @param laser the unit to serve
     * @param endpoint an opened endpoint
     * @param faults link faults to apply to replies
     * @param ledger where acting faults are counted
     * @param options line settings, pacing, garbage on open
     * @param listener told of traffic; must not throw
     */
    public ProtocolServer(SimulatedLaser laser, DeviceEndpoint endpoint, LinkFaultPlan faults, FaultLedger ledger,
                          LinkOptions options, LinkListener listener) {
        super(endpoint, faults, ledger, options, listener, Objects.requireNonNull(laser, "laser")::failSafe,
                "the reference protocol");
        this.laser = laser;
        this.outbox = new Outbox(output, faults, this.listener, counters);
        this.dispatcher = new RequestDispatcher(laser, outbox, counters, this.listener);
    }

    /** Attaches to the laser (its pending events are queued) before the threads start. */
    @Override
    void beforeStart() {
        laser.attach(new Output());
    }

    @Override
    void receive(byte[] buffer, int count) {
        dispatcher.feed(buffer, count);
    }

    @Override
    void resetReceiver() {
        dispatcher.resetDecoder();
    }

    /** Receives the laser's events and reboot notice under the laser's lock. */
    private final class Output implements DeviceOutput {
        @Override
        public void onEvents(List<Event> events) {
            outbox.events(events);
        }

        @Override
        public void onReboot() {
            outbox.reboot();
            dispatcher.forgetReplies();
        }
    }
}
