package org.pulseguard.audit.query;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pulseguard.journal.record.RecordKind;

/**
 * Which record kinds each audit question reads (docs/journal.md section 3), as the text the
 * {@code kind} column holds. One list, so the indexed queries and their tests agree.
 */
public final class AuditKinds {
    /** Counted as a session's refusals. */
    public static final Set<String> REFUSALS = names(EnumSet.of(RecordKind.SETPOINT_REFUSED, RecordKind.REFUSED));
    /** Counted as a session's trips. */
    public static final Set<String> TRIPS = names(EnumSet.of(RecordKind.TRIP, RecordKind.EMERGENCY_STOP));
    /** Kinds that may be exceptions: all of {@link RecordKind#ALWAYS_EXCEPTIONS}, and some by their fields. */
    public static final Set<String> MAYBE_EXCEPTIONS = names(union(RecordKind.ALWAYS_EXCEPTIONS,
            EnumSet.of(RecordKind.NOTICE, RecordKind.COUNTER_RECONCILED, RecordKind.SESSION_CLOSED)));
    /** A session's records apart from its pulses: everything {@code audit session ID} shows. */
    public static final Set<String> SESSION_EXCEPT_PULSES = names(EnumSet.complementOf(EnumSet.copyOf(RecordKind.PULSES)));
    /** Every kind. */
    public static final Set<String> EVERY = names(EnumSet.allOf(RecordKind.class));

    private AuditKinds() {
    }

    /** The one kind's name as a list. */
    public static List<String> of(RecordKind kind) {
        return List.of(kind.name());
    }

    private static Set<RecordKind> union(Set<RecordKind> a, Set<RecordKind> b) {
        EnumSet<RecordKind> u = EnumSet.copyOf(a);
        u.addAll(b);
        return u;
    }

    private static Set<String> names(Set<RecordKind> kinds) {
        return kinds.stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
