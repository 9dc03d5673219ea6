package org.pulseguard.simulator.link;

import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.fault.LinkFaultPlan;
import org.pulseguard.simulator.fault.ReplyTreatment;

/**
 * The device's output line, shared by every dialect: transmissions in the order they are offered,
 * replies passed through the pending link faults (drop, delay, corrupt, duplicate, split, truncate) and
 * nothing at all while muted. The writer thread drains it ({@link OutputWriter}). Thread-safe.
 *
 * <p>Bounded like a UART's transmit buffer: it holds at most {@link #CAPACITY_BYTES} bytes. A
 * transmission that does not fit (a host that writes faster than the line can answer, or never
 * reads at all) is dropped whole and counted as an output overrun, so memory stays bounded whatever
 * the host does.
 */
final class OutputQueue {
    /** The most bytes queued for the line at once (twice the largest garbage burst a control line can inject). */
    static final int CAPACITY_BYTES = 8192;

    private final BlockingQueue<Transmission> queue = new LinkedBlockingQueue<>();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final LinkFaultPlan faults;
    private final FaultLedger ledger;
    private final SimulatorLinkCounters counters;

    OutputQueue(LinkFaultPlan faults, FaultLedger ledger, SimulatorLinkCounters counters) {
        this.faults = faults;
        this.ledger = ledger;
        this.counters = counters;
    }

    /**
     * Queues a reply through the pending link faults; counts it as suppressed while muted.
     *
     * @param bytes the reply as the device would send it
     * @param what a short description for the fault ledger, for example {@code reply seq 7 type 0x8F}
     * @param onWritten run on the writer thread after each transmission of it went out
     */
    void reply(byte[] bytes, String what, Runnable onWritten) {
        if (faults.muted()) {
            counters.framesSuppressed.incrementAndGet();
            return;
        }
        ReplyTreatment treatment = faults.nextReply(bytes);
        if (treatment.drop()) {
            ledger.record(FaultKind.DROP_REPLY, what + " dropped");
            return;
        }
        record(treatment, what);
        Transmission transmission = new Transmission(treatment.apply(bytes), millisToNanos(treatment.delayMillis()),
                treatment.cuts(), millisToNanos(treatment.gapMillis()), onWritten);
        enqueue(transmission);
        if (treatment.duplicate()) {
            enqueue(transmission);
        }
    }

    /** Queues bytes that no link fault touches (events, NAKs); suppressed while muted. */
    void unsolicited(byte[] bytes, Runnable onWritten) {
        if (faults.muted()) {
            counters.framesSuppressed.incrementAndGet();
            return;
        }
        enqueue(Transmission.plain(bytes, onWritten));
    }

    /** Queues garbage; sent even while muted (it is injected on purpose). */
    void garbage(byte[] bytes) {
        enqueue(Transmission.plain(bytes, () -> { }));
    }

    /** Forgets what is queued (the link was cut); counted as suppressed. */
    synchronized void discardQueued() {
        counters.framesSuppressed.addAndGet(queue.size());
        clear();
    }

    /** Forgets what is queued without counting it (the unit rebooted and lost its output buffer). */
    synchronized void clear() {
        queue.clear();
        queuedBytes.set(0);
    }

    /** The next transmission, or null after {@code timeoutMillis}. */
    Transmission poll(long timeoutMillis) throws InterruptedException {
        Transmission next = queue.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (next != null) {
            queuedBytes.addAndGet(-next.bytes().length);
        }
        return next;
    }

    /** Bytes queued now and not yet taken by the writer; never above {@link #CAPACITY_BYTES}. */
    long queuedBytes() {
        return queuedBytes.get();
    }

    /** Queues {@code transmission} if it fits; otherwise drops it and counts an output overrun. */
    private synchronized void enqueue(Transmission transmission) {
        int size = transmission.bytes().length;
        if (queuedBytes.get() + size > CAPACITY_BYTES) {
            counters.outputOverruns.incrementAndGet();
            return;
        }
        queuedBytes.addAndGet(size);
        queue.add(transmission);
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
        if (treatment.truncateAt() >= 0) {
            ledger.record(FaultKind.TRUNCATE_REPLY, what + " cut after " + treatment.truncateAt() + " bytes");
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
