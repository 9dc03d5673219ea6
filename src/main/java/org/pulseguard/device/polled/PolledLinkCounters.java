package org.pulseguard.device.polled;

import java.util.concurrent.atomic.AtomicLong;
import org.pulseguard.device.LinkStatistics;

/**
 * Live counters behind {@link LinkStatistics} for a polled unit, kept by its driver across
 * reconnects. Such units have no CRC, NAK or event numbering, so those statistics stay 0;
 * {@code strayReplies} counts chunks of bytes that arrived while no reply was awaited and
 * {@code malformedFrames} replies that were short, garbled or not of the expected form, and
 * {@code implausibleReadings} counter readings no real unit could give (see {@link PulseCounter}).
 * Thread-safe.
 */
public final class PolledLinkCounters {
    final AtomicLong retries = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    final AtomicLong strayReplies = new AtomicLong();
    final AtomicLong malformedReplies = new AtomicLong();
    final AtomicLong implausibleReadings = new AtomicLong();

    /** A consistent-enough snapshot (each counter read once). */
    public LinkStatistics snapshot() {
        return LinkStatistics.builder().retries(retries.get()).timeouts(timeouts.get())
                .strayReplies(strayReplies.get()).malformedFrames(malformedReplies.get())
                .implausibleReadings(implausibleReadings.get()).build();
    }
}
