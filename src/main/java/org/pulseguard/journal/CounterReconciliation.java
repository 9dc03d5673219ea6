package org.pulseguard.journal;

/**
 * Compares a unit's lifetime pulse counter with the last one the journal holds for that unit
 * (issue 8 item 5): pulses fired while pulseguard was down or disconnected are put on record as
 * unaccounted, with their counter range, never silently absorbed; a counter that went backwards
 * (unit replaced, or its counter reset) is an exception of its own. Immutable.
 *
 * @param journaled the last lifetime counter on record for the unit; null when the unit is new
 * @param unit the unit's lifetime counter now
 */
record CounterReconciliation(Long journaled, long unit) {

    /** What the comparison found. */
    enum Outcome {
        /** The journal never saw this unit. */
        FIRST_SEEN,
        /** Every pulse the unit counted is on record. */
        MATCH,
        /** The unit fired pulses the journal never saw. */
        UNACCOUNTED,
        /** The unit's counter is below the one on record: a different unit, or its counter was reset. */
        BACKWARDS
    }

    Outcome outcome() {
        if (journaled == null) {
            return Outcome.FIRST_SEEN;
        }
        if (unit == journaled) {
            return Outcome.MATCH;
        }
        return unit > journaled ? Outcome.UNACCOUNTED : Outcome.BACKWARDS;
    }

    /** Pulses the unit fired that the journal never saw (0 unless {@link Outcome#UNACCOUNTED}). */
    long unaccounted() {
        return outcome() == Outcome.UNACCOUNTED ? unit - journaled : 0;
    }

    /** The COUNTER_RECONCILED record's fields (docs/journal.md section 3) onto {@code record}. */
    RecordBuilder describe(RecordBuilder record, String trigger) {
        record.text("trigger", trigger).number("journaledLifetime", journaled).number("unitLifetime", unit)
                .text("outcome", outcome().name()).number("unaccountedPulses", unaccounted());
        if (outcome() == Outcome.UNACCOUNTED) {
            record.number("firstUnaccounted", journaled + 1).number("lastUnaccounted", unit);
        }
        return record;
    }
}
