package org.pulseguard.device.polled;

import java.util.concurrent.atomic.AtomicLong;
import org.pulseguard.device.LinkStatistics;

/**
 * Live counters behind {@link LinkStatistics} for a polled unit, kept by its driver across
 * reconnects. Such units have no CRC, NAK or event numbering, so those statistics stay 0;
 * {@code strayReplies} counts chunks of bytes that arrived while no reply was awaited and
 * {@code malformedFrames} replies that were short, garbled or not of the expected form.
 * Thread-safe.
 */
public final class PolledLinkCounters {
    final AtomicLong retries = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    final AtomicLong strayReplies = new AtomicLong();
    final AtomicLong malformedReplies = new AtomicLong();

    /** A consistent-enough snapshot (each counter read once). */
    public LinkStatistics snapshot() {
        return new LinkStatistics(retries.get(), timeouts.get(), strayReplies.get(), 0, 0, 0, 0, 0,
                malformedReplies.get());
    }
}
