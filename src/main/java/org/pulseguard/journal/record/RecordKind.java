package org.pulseguard.journal.record;

import java.util.Set;

/**
 * The kinds of journal record, as written in each record's {@code kind} field. docs/journal.md
 * section 3 lists each kind's fields; this enum is the one list the writer and the audit share.
 */
public enum RecordKind {
    JOURNAL_OPENED, JOURNAL_FAILURE, UNIT_CONNECTED, COUNTER_RECONCILED,
    SESSION_OPENED, SESSION_CLOSED, SETPOINT_APPLIED, SETPOINT_REFUSED, REFUSED,
    ARMED, EMISSION_DELAY_ELAPSED, STANDBY, RESET, RUN_STARTED, RUN_ENDED, PULSE, PULSES_COUNTED,
    TRIP, EMERGENCY_STOP, FAULT, LINK_LOST, LINK_RESTORED, NOTICE, CLIENT_ERASED;

    /** Kinds that are exceptions whatever their fields say (see docs/journal.md section 3). */
    public static final Set<RecordKind> ALWAYS_EXCEPTIONS = Set.of(SETPOINT_REFUSED, REFUSED, TRIP, EMERGENCY_STOP, FAULT,
            LINK_LOST, JOURNAL_FAILURE);

    /** Kinds that hold one pulse or one range of counted pulses: the bulk of a journal. */
    public static final Set<RecordKind> PULSES = Set.of(PULSE, PULSES_COUNTED);

    /** The kind named {@code text}, or empty. */
    public static java.util.Optional<RecordKind> parse(String text) {
        for (RecordKind kind : values()) {
            if (kind.name().equals(text)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
