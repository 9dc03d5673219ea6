package org.pulseguard.journal;

import java.time.Duration;

/**
 * When the writer signs a checkpoint on its own: after this many new records, or after this
 * long with new records, whichever comes first (issue 8 asks at least every 1,000 records or 60 s).
 *
 * @param everyRecords new records that make a checkpoint due, at least 1
 * @param everyInterval time with new records that makes a checkpoint due, positive
 */
public record CheckpointPolicy(long everyRecords, Duration everyInterval) {
    /** The shipped policy: 1,000 records or 60 s. */
    public static final CheckpointPolicy DEFAULT = new CheckpointPolicy(1000, Duration.ofSeconds(60));

    /** Checks the values. */
    public CheckpointPolicy {
        if (everyRecords < 1) {
            throw new IllegalArgumentException("checkpoint every N records needs N >= 1, got " + everyRecords);
        }
        if (everyInterval.isNegative() || everyInterval.isZero()) {
            throw new IllegalArgumentException("checkpoint interval must be positive, got " + everyInterval);
        }
    }
}
