package org.pulseguard.simulator.link;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Nak;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.fault.LinkFaultPlan;
import org.pulseguard.simulator.fault.ReplyTreatment;

/**
 * The device's output queue: replies (through the pending link faults), events numbered with the
 * device's own event counter (0..255, wrapping, back to 0 on reboot), NAKs and garbage, in the
 * order they are offered. While muted nothing is queued, but events still use up their numbers so
 * the host sees the gap. Thread-safe; the writer thread drains it.
 */
final class Outbox {
    private final BlockingQueue<Transmission> queue = new LinkedBlockingQueue<>();
    private final LinkFaultPlan faults;
    private final FaultLedger ledger;
    private final LinkListener listener;
    private final LinkCounters counters;
    private int nextEventSequence;
    private int lastReplySequence;
    private Reply lastReply;

    Outbox(LinkFaultPlan faults, FaultLedger ledger, LinkListener listener, LinkCounters counters) {
        this.faults = faults;
        this.ledger = ledger;
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
            queue.add(Transmission.plain(ReferenceCodec.encodeToBytes(sequence, event), () -> {
                counters.eventsSent.incrementAndGet();
                listener.eventSent(sequence, event);
            }));
        }
    }

    /** Answers a frame that failed its CRC; {@code sequence} is as read from it. */
    synchronized void nak(int sequence) {
        if (faults.muted()) {
            counters.framesSuppressed.incrementAndGet();
            return;
        }
        queue.add(Transmission.plain(ReferenceCodec.encodeToBytes(sequence, new Nak(Nak.CRC_MISMATCH)),
                counters.naksSent::incrementAndGet));
    }

    synchronized void garbage(byte[] bytes) {
        queue.add(Transmission.plain(bytes, () -> { }));
    }

    /** Reboot: the event counter restarts at 0, the last reply and anything not yet sent are lost. */
    synchronized void reboot() {
        nextEventSequence = 0;
        lastReply = null;
        queue.clear();
    }

    /** Forgets what is queued (the link was cut). */
    void discardQueued() {
        counters.framesSuppressed.addAndGet(queue.size());
        queue.clear();
    }

    /** The next transmission, or null after {@code timeoutMillis}. */
    Transmission poll(long timeoutMillis) throws InterruptedException {
        return queue.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    private void transmit(int sequence, Reply reply) {
        if (faults.muted()) {
            counters.framesSuppressed.incrementAndGet();
            return;
        }
        byte[] bytes = ReferenceCodec.encodeToBytes(sequence, reply);
        ReplyTreatment treatment = faults.nextReply(bytes.length);
        String what = String.format("reply seq %d type 0x%02X", sequence, reply.type().code());
        if (treatment.drop()) {
            ledger.record(FaultKind.DROP_REPLY, what + " dropped");
            return;
        }
        record(treatment, what);
        Transmission transmission = new Transmission(treatment.apply(bytes), millisToNanos(treatment.delayMillis()),
                treatment.cuts(), millisToNanos(treatment.gapMillis()), () -> {
                    counters.repliesSent.incrementAndGet();
                    listener.replySent(sequence, reply);
                });
        queue.add(transmission);
        if (treatment.duplicate()) {
            queue.add(transmission);
        }
    }

    private void record(ReplyTreatment treatment, String what) {
        if (treatment.delayMillis() > 0) {
            ledger.record(FaultKind.DELAY_REPLY, what + " delayed " + treatment.delayMillis() + " ms");
        }
        if (treatment.corruptIndex() >= 0) {
            ledger.record(FaultKind.CORRUPT_REPLY,
                    what + " bit " + treatment.corruptBit() + " of byte " + treatment.corruptIndex() + " flipped");
        }
        if (treatment.duplicate()) {
            ledger.record(FaultKind.DUPLICATE_REPLY, what + " sent twice");
        }
        if (treatment.cuts().length > 0) {
            ledger.record(FaultKind.SPLIT_REPLY, what + " split at " + Arrays.toString(treatment.cuts())
                    + " with " + treatment.gapMillis() + " ms gaps");
        }
    }

    private static long millisToNanos(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
