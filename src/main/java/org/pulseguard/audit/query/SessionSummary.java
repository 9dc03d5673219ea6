package org.pulseguard.audit.query;

import java.time.Instant;

/**
 * One line of {@code audit sessions}: a treatment session as its {@code SESSION_OPENED} and
 * {@code SESSION_CLOSED} records state it, with the number of its refusals and trips. The pulse and
 * run totals are the close record's; a session without one (still open, or the journal stopped
 * before recovery ran) has null totals.
 *
 * @param session the session id
 * @param openedIndex leaf index of its {@code SESSION_OPENED}
 * @param unit the unit serial
 * @param operator the operator id
 * @param client the client token
 * @param pseudonym the client's pseudonym, or null when the client's key was erased
 * @param zone the clinic's time zone id
 * @param opened when the session opened
 * @param closed when it closed, or null
 * @param closedHow {@code OPERATOR}, {@code SHUTDOWN} or {@code RECOVERY}, or null
 * @param pulses pulses of the session, or null while not closed
 * @param countExact whether the unit's counters gave an exact count, or null while not closed
 * @param runs number of runs, or null while not closed
 * @param refusals {@code SETPOINT_REFUSED} and {@code REFUSED} records of the session
 * @param trips {@code TRIP} and {@code EMERGENCY_STOP} records of the session
 */
public record SessionSummary(String session, long openedIndex, String unit, String operator, String client, String pseudonym,
                             String zone, Instant opened, Instant closed, String closedHow, Long pulses, Boolean countExact,
                             Integer runs, long refusals, long trips) {

    /** From a session's open record, its close record (or null), its counts and the client's pseudonym (or null). */
    public static SessionSummary of(StoredRecord opened, StoredRecord closed, long refusals, long trips, String pseudonym) {
        return new SessionSummary(opened.session(), opened.index(), opened.unit(), opened.text("operator"), opened.client(),
                pseudonym, opened.zone(), opened.time(),
                closed == null ? null : closed.time(),
                closed == null ? null : closed.text("how"),
                closed == null ? null : closed.number("pulses"),
                closed == null ? null : closed.flag("countExact"),
                closed == null ? null : closed.fields().path("runs").size(),
                refusals, trips);
    }
}
