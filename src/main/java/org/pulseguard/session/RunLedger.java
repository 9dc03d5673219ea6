package org.pulseguard.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pulseguard.device.Setpoint;

/**
 * The pulse accounting of the open session: every counted pulse goes to exactly one run, the run in
 * progress or, when none is, the run that the last stop ended (as pulses counted after the stop),
 * so the runs always add up to the session's total. Not thread-safe: only touched under the
 * supervisor's lock.
 */
final class RunLedger {
    private final List<TreatmentRun> runs = new ArrayList<>();
    private UnknownPulses unknownAfter;

    /** Forgets the previous session's runs (a session opens). */
    void clear() {
        runs.clear();
        unknownAfter = null;
    }

    /** Starts run number {@code runs + 1}; returns it. */
    TreatmentRun start(Instant at, Setpoint setpoint) {
        TreatmentRun run = TreatmentRun.start(runs.size() + 1, at, setpoint);
        runs.add(run);
        return run;
    }

    /** True while a run is in progress. */
    boolean inProgress() {
        return !runs.isEmpty() && !last().ended();
    }

    /** True when the session has a run (in progress or ended) that pulses can belong to. */
    boolean hasRun() {
        return !runs.isEmpty();
    }

    /** Ends the run in progress; returns it, or null when none was in progress. */
    TreatmentRun end(Instant at, ReasonCode how) {
        if (!inProgress()) {
            return null;
        }
        return replaceLast(last().end(at, how));
    }

    /**
     * Counts {@code count} pulses to the run in progress, or, when none is, to the last run as
     * pulses counted after its stop. {@code measured} is null for units without per-pulse energy.
     */
    TreatmentRun count(long count, TreatmentRun.Pulse measured) {
        if (runs.isEmpty()) {
            throw new IllegalStateException("no run to count " + count + " pulses to");
        }
        return replaceLast(last().plus(count, measured));
    }

    /** Marks the count open from {@code at}: the session's, and the last run's when it could still gain pulses. */
    void countUnknownFrom(Instant at, ReasonCode cause, boolean lastRunAffected) {
        UnknownPulses unknown = new UnknownPulses(at, cause);
        if (unknownAfter == null) {
            unknownAfter = unknown;
        }
        if (lastRunAffected && !runs.isEmpty()) {
            replaceLast(last().unknownAfter(unknown));
        }
    }

    /** Every pulse counted in the session, during runs and after their stops. */
    long sessionPulses() {
        long total = 0;
        for (TreatmentRun run : runs) {
            total += run.totalPulses();
        }
        return total;
    }

    /** The run in progress or the last one; null before the first run. */
    TreatmentRun last() {
        return runs.isEmpty() ? null : runs.get(runs.size() - 1);
    }

    SessionTally tally() {
        return new SessionTally(runs, unknownAfter);
    }

    private TreatmentRun replaceLast(TreatmentRun run) {
        runs.set(runs.size() - 1, run);
        return run;
    }
}
