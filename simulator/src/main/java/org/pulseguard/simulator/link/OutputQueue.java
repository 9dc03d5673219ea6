package org.pulseguard.simulator.link;

import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.fault.LinkFaultPlan;
import org.pulseguard.simulator.fault.ReplyTreatment;

/**
 * The device's output line, shared by every dialect: transmissions in the order they are offered,
 * replies passed through the pending link faults (drop, delay, corrupt, duplicate, split, truncate) and
 * nothing at all while muted. The writer thread drains it ({@link OutputWriter}). Thread-safe.
 */
final class OutputQueue {
    private final BlockingQueue<Transmission> queue = new LinkedBlockingQueue<>();
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
        queue.add(transmission);
        if (treatment.duplicate()) {
            queue.add(transmission);
        }
    }

    /** Queues bytes that no link fault touches (events, NAKs); suppressed while muted. */
    void unsolicited(byte[] bytes, Runnable onWritten) {
        if (faults.muted()) {
            counters.framesSuppressed.incrementAndGet();
            return;
        }
        queue.add(Transmission.plain(bytes, onWritten));
    }

    /** Queues garbage; sent even while muted (it is injected on purpose). */
    void garbage(byte[] bytes) {
        queue.add(Transmission.plain(bytes, () -> { }));
    }

    /** Forgets what is queued (the link was cut); counted as suppressed. */
    void discardQueued() {
        counters.framesSuppressed.addAndGet(queue.size());
        queue.clear();
    }

    /** Forgets what is queued without counting it (the unit rebooted and lost its output buffer). */
    void clear() {
        queue.clear();
    }

    /** The next transmission, or null after {@code timeoutMillis}. */
    Transmission poll(long timeoutMillis) throws InterruptedException {
        return queue.poll(timeoutMillis, TimeUnit.MILLISECONDS);
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
