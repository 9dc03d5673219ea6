package org.pulseguard.simulator.link;

import java.util.List;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Nak;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.simulator.fault.LinkFaultPlan;

/**
 * The reference laser's output on the shared {@link OutputQueue}: replies (through the pending
 * link faults), events numbered with the device's own event counter (0..255, wrapping, back to 0
 * on reboot), NAKs and garbage, in the order they are offered. While muted nothing is queued, but
 * events still use up their numbers so the host sees the gap. Thread-safe.
 */
final class Outbox {
    private final OutputQueue queue;
    private final LinkFaultPlan faults;
    private final LinkListener listener;
    private final SimulatorLinkCounters counters;
    private int nextEventSequence;
    private int lastReplySequence;
    private Reply lastReply;

    Outbox(OutputQueue queue, LinkFaultPlan faults, LinkListener listener, SimulatorLinkCounters counters) {
        this.queue = queue;
        this.faults = faults;
        this.listener = listener;
        this.counters = counters;
    }

    /** Sends {@code reply} to the request with {@code sequence}; it becomes the reply a NAK repeats. */
    synchronized void reply(int sequence, Reply reply) {
        lastReplySequence = sequence;
        lastReply = reply;
        transmit(sequence, reply);
    }

    /** Sends the most recent reply again (the host NAKed); nothing if there was none since power-up. */
    synchronized void resendLastReply() {
        if (lastReply != null) {
            transmit(lastReplySequence, lastReply);
        }
    }

    synchronized void events(List<Event> events) {
        for (Event event : events) {
            int sequence = nextEventSequence;
            nextEventSequence = (nextEventSequence + 1) & 0xFF;
            if (faults.muted()) {
                counters.framesSuppressed.incrementAndGet();
                continue;
            }
            queue.unsolicited(ReferenceCodec.encodeToBytes(sequence, event), () -> {
                counters.eventsSent.incrementAndGet();
                listener.eventSent(sequence, event);
            });
        }
    }

    /** Answers a frame that failed its CRC; {@code sequence} is as read from it. */
    synchronized void nak(int sequence) {
        queue.unsolicited(ReferenceCodec.encodeToBytes(sequence, new Nak(Nak.CRC_MISMATCH)),
                counters.naksSent::incrementAndGet);
    }

    /** Reboot: the event counter restarts at 0, the last reply and anything not yet sent are lost. */
    synchronized void reboot() {
        nextEventSequence = 0;
        lastReply = null;
        queue.clear();
    }

    private void transmit(int sequence, Reply reply) {
        byte[] bytes = ReferenceCodec.encodeToBytes(sequence, reply);
        String what = String.format("reply seq %d type 0x%02X", sequence, reply.type().code());
        queue.reply(bytes, what, () -> {
            counters.repliesSent.incrementAndGet();
            listener.replySent(sequence, reply);
        });
    }
}
