package org.pulseguard.simulator.fault;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLongArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the faults that actually acted (a dropped reply, a reboot, a drift switched on) so a
 * test or scenario can report which faults it exercised. Thread-safe.
 */
public final class FaultLedger {
    private static final Logger LOG = LoggerFactory.getLogger(FaultLedger.class);

    private final AtomicLongArray counts = new AtomicLongArray(FaultKind.values().length);
    private final FaultListener listener;

    /** A ledger that tells nobody. */
    public FaultLedger() {
        this((kind, detail) -> { });
    }

    /** @param listener told of every fault as it acts; must not be null */
    public FaultLedger(FaultListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Counts one occurrence of {@code kind} and tells the listener. */
    public void record(FaultKind kind, String detail) {
        counts.incrementAndGet(kind.ordinal());
        LOG.info("fault {}: {}", kind, detail);
        try {
            listener.faultExercised(kind, detail);
        } catch (RuntimeException e) {
            LOG.warn("fault listener failed on {}", kind, e);
        }
    }

    /** How often {@code kind} acted. */
    public long count(FaultKind kind) {
        return counts.get(kind.ordinal());
    }

    /** The faults that acted at least once, with their counts, in enum order. Immutable. */
    public Map<FaultKind, Long> counts() {
        EnumMap<FaultKind, Long> map = new EnumMap<>(FaultKind.class);
        for (FaultKind kind : FaultKind.values()) {
            long n = counts.get(kind.ordinal());
            if (n > 0) {
                map.put(kind, n);
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
