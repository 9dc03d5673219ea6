package org.pulseguard.device.reference;

import java.util.concurrent.atomic.AtomicLong;
import org.pulseguard.device.LinkStatistics;

/**
 * Live counters behind {@link LinkStatistics}, kept by the driver across reconnects. Thread-safe:
 * the reader thread, commanding threads and the heartbeat all count.
 */
final class ReferenceLinkCounters {
    final AtomicLong retries = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    final AtomicLong strayReplies = new AtomicLong();
    final AtomicLong crcErrors = new AtomicLong();
    final AtomicLong naksSent = new AtomicLong();
    final AtomicLong naksReceived = new AtomicLong();
    final AtomicLong duplicateEvents = new AtomicLong();
    final AtomicLong lostEvents = new AtomicLong();
    final AtomicLong malformedFrames = new AtomicLong();

    /** A consistent-enough snapshot (each counter read once). */
    LinkStatistics snapshot() {
        return LinkStatistics.builder().retries(retries.get()).timeouts(timeouts.get())
                .strayReplies(strayReplies.get()).crcErrors(crcErrors.get()).naksSent(naksSent.get())
                .naksReceived(naksReceived.get()).duplicateEvents(duplicateEvents.get()).lostEvents(lostEvents.get())
                .malformedFrames(malformedFrames.get()).build();
    }
}
