package org.pulseguard.session;

import java.util.List;
import java.util.Objects;

/**
 * The pulse accounting of one session: its runs and its total, which is always their sum (every
 * pulse belongs to exactly one run). Carried by {@link SupervisorEvent}s for the journal.
 * Immutable, thread-safe.
 *
 * @param runs the session's runs in order, the last possibly in progress
 * @param unknownAfter non-null when pulses after a link loss could not be counted: the total is
 *     then a lower bound until a reconciliation with the unit's counter
 */
public record SessionTally(List<TreatmentRun> runs, UnknownPulses unknownAfter) {
    public SessionTally {
        runs = List.copyOf(Objects.requireNonNull(runs, "runs"));
    }

    /** An empty tally: no session, or no pulse yet. */
    public static SessionTally empty() {
        return new SessionTally(List.of(), null);
    }

    /** Every pulse counted in the session: the sum of its runs. */
    public long totalPulses() {
        return runs.stream().mapToLong(TreatmentRun::totalPulses).sum();
    }

    /** True when no link loss left the count open. */
    public boolean countExact() {
        return unknownAfter == null;
    }

    @Override
    public String toString() {
        return totalPulses() + " pulses in " + runs.size() + " runs"
                + (unknownAfter == null ? "" : "; " + unknownAfter + ": the total is a lower bound");
    }
}
