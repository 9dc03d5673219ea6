package org.pulseguard.simulator.link;

import java.util.concurrent.atomic.AtomicLong;
import org.pulseguard.simulator.fault.PendingLinkFaults;

/** The protocol server's tallies, updated by its reader and writer threads. Thread-safe. */
final class SimulatorLinkCounters {
    final AtomicLong requestsReceived = new AtomicLong();
    final AtomicLong duplicateRequests = new AtomicLong();
    final AtomicLong malformedRequests = new AtomicLong();
    final AtomicLong crcMismatches = new AtomicLong();
    final AtomicLong naksSent = new AtomicLong();
    final AtomicLong naksReceived = new AtomicLong();
    final AtomicLong repliesSent = new AtomicLong();
    final AtomicLong eventsSent = new AtomicLong();
    final AtomicLong framesSuppressed = new AtomicLong();
    final AtomicLong bytesReceived = new AtomicLong();
    final AtomicLong bytesSent = new AtomicLong();
    final AtomicLong bytesIgnored = new AtomicLong();
    final AtomicLong outputOverruns = new AtomicLong();

    SimulatorLinkStatistics snapshot(long queuedBytes, boolean linkUp, String endpoint, PendingLinkFaults pending) {
        return new SimulatorLinkStatistics(requestsReceived.get(), duplicateRequests.get(), malformedRequests.get(),
                crcMismatches.get(), naksSent.get(), naksReceived.get(), repliesSent.get(), eventsSent.get(),
                framesSuppressed.get(), bytesReceived.get(), bytesSent.get(), bytesIgnored.get(),
                new SimulatorOutputBuffer(queuedBytes, OutputQueue.CAPACITY_BYTES, outputOverruns.get()), linkUp, endpoint,
                pending);
    }
}
