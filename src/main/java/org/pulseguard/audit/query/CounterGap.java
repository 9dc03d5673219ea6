package org.pulseguard.audit.query;

import java.time.Instant;

/**
 * A {@code COUNTER_RECONCILED} record whose outcome is {@code UNACCOUNTED} (pulses fired while
 * nothing recorded them) or {@code BACKWARDS} (the unit's counter went back: unit replaced or reset).
 *
 * @param index leaf index
 * @param time when
 * @param trigger {@code CONNECT}, {@code SESSION_OPEN} or {@code LINK_RESTORED}
 * @param outcome {@code UNACCOUNTED} or {@code BACKWARDS}
 * @param journaledLifetime the last lifetime count journaled for the unit, or null
 * @param unitLifetime the unit's lifetime count
 * @param unaccountedPulses pulses nobody recorded
 * @param firstUnaccounted the first of them by lifetime count, or null
 * @param lastUnaccounted the last of them, or null
 */
public record CounterGap(long index, Instant time, String trigger, String outcome, Long journaledLifetime, Long unitLifetime,
                         Long unaccountedPulses, Long firstUnaccounted, Long lastUnaccounted) {
    /** The outcomes that are exceptions. */
    static final java.util.Set<String> GAPS = java.util.Set.of("UNACCOUNTED", "BACKWARDS");

    static boolean isGap(StoredRecord r) {
        return r.kind().equals("COUNTER_RECONCILED") && GAPS.contains(r.text("outcome"));
    }

    static CounterGap of(StoredRecord r) {
        return new CounterGap(r.index(), r.time(), r.text("trigger"), r.text("outcome"), r.number("journaledLifetime"),
                r.number("unitLifetime"), r.number("unaccountedPulses"), r.number("firstUnaccounted"), r.number("lastUnaccounted"));
    }
}
