package org.pulseguard.audit.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pulseguard.journal.store.JournalException;

/**
 * {@code audit session ID}: one session in full, from its records other than pulses: what was
 * recorded when it opened, each setpoint applied, each run, each refusal with its reasons, each
 * trip or stop, each counter gap, every other exception, and how it closed.
 *
 * @param summary the session's line of {@code audit sessions}
 * @param opened the open record's other facts
 * @param setpoints every setpoint applied (passed the gate and read back)
 * @param runs every run, by number
 * @param refusals every refusal
 * @param trips every trip and emergency stop
 * @param counterGaps every counter reconciliation with pulses unaccounted or a counter gone backwards
 * @param otherExceptions faults, link losses and exceptional notices
 */
public record SessionDetail(SessionSummary summary, OpenedFacts opened, List<AppliedSetpoint> setpoints, List<RunDetail> runs,
                            List<RefusalEntry> refusals, List<TripEntry> trips, List<CounterGap> counterGaps,
                            List<ExceptionEntry> otherExceptions) {

    /** A {@code SETPOINT_APPLIED} record. */
    public record AppliedSetpoint(long index, java.time.Instant time, SetpointValues requested, SetpointValues readBack,
                                  Long fluenceMicrojoulesPerSquareCentimetre, String safeProfile) {
    }

    /**
     * Assembles a session from its records other than pulses (any other kinds are ignored);
     * empty when they hold no {@code SESSION_OPENED}.
     */
    public static Optional<SessionDetail> from(List<StoredRecord> own, ClientDirectory clients) throws JournalException {
        StoredRecord opened = null;
        StoredRecord closed = null;
        List<AppliedSetpoint> setpoints = new ArrayList<>();
        List<RefusalEntry> refusals = new ArrayList<>();
        List<TripEntry> trips = new ArrayList<>();
        List<CounterGap> gaps = new ArrayList<>();
        List<ExceptionEntry> others = new ArrayList<>();
        for (StoredRecord r : own) {
            switch (r.kind()) {
                case "SESSION_OPENED" -> opened = opened == null ? r : opened;
                case "SESSION_CLOSED" -> closed = closed == null ? r : closed;
                case "SETPOINT_APPLIED" -> setpoints.add(new AppliedSetpoint(r.index(), r.time(), SetpointValues.of(r.fields().get("requested")),
                        SetpointValues.of(r.fields().get("readBack")), r.number(RunDetail.FLUENCE), OpenedFacts.profile(r.fields().get("safeProfile"))));
                case "SETPOINT_REFUSED", "REFUSED" -> refusals.add(RefusalEntry.of(r));
                case "TRIP", "EMERGENCY_STOP" -> trips.add(TripEntry.of(r));
                case "COUNTER_RECONCILED" -> {
                    if (CounterGap.isGap(r)) {
                        gaps.add(CounterGap.of(r));
                    }
                }
                default -> {
                    if (ExceptionEntry.isException(r)) {
                        others.add(ExceptionEntry.of(r));
                    }
                }
            }
        }
        if (opened == null) {
            return Optional.empty();
        }
        PersonalDetails personal = clients.personal(opened).orElse(null);
        SessionSummary summary = SessionSummary.of(opened, closed, refusals.size(), trips.size(),
                personal == null ? null : personal.pseudonym());
        return Optional.of(new SessionDetail(summary, OpenedFacts.of(opened, personal), List.copyOf(setpoints),
                RunDetail.of(own, closed), List.copyOf(refusals), List.copyOf(trips), List.copyOf(gaps), List.copyOf(others)));
    }
}
