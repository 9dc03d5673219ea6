package org.pulseguard.cli;

import java.io.PrintWriter;
import org.pulseguard.audit.query.CounterGap;
import org.pulseguard.audit.query.ExceptionEntry;
import org.pulseguard.audit.query.OpenedFacts;
import org.pulseguard.audit.query.RefusalEntry;
import org.pulseguard.audit.query.RunDetail;
import org.pulseguard.audit.query.SessionDetail;
import org.pulseguard.audit.query.SessionSummary;
import org.pulseguard.audit.query.TripEntry;

/**
 * {@code audit session ID} for people: the session's facts, then one table per kind of event,
 * times in the clinic's zone (the session's opening and closing also in UTC). Stateless.
 */
final class SessionText {
    private SessionText() {
    }

    static void print(PrintWriter out, SessionDetail d) {
        facts(out, d);
        String zone = d.summary().zone();
        TextTable sp = new TextTable("record", "time", "setpoint", "fluence uJ/cm2", "safe profile");
        d.setpoints().forEach(a -> sp.row(a.index(), AuditOutput.local(a.time(), zone), a.readBack(),
                a.fluenceMicrojoulesPerSquareCentimetre(), a.safeProfile()));
        section(out, "Setpoints applied:", sp);
        section(out, "Runs:", runs(d, zone));
        TextTable ref = new TextTable("record", "time", "kind", "reason", "why");
        for (RefusalEntry r : d.refusals()) {
            ref.row(r.index(), AuditOutput.local(r.time(), zone), r.kind(), r.reason(), r.gateReasons().isEmpty() ? r.detail()
                    : String.join("; ", r.gateReasons().stream().map(Object::toString).toList()));
        }
        section(out, "Refusals:", ref);
        TextTable trips = new TextTable("record", "time", "kind", "reason", "from", "to", "by", "fault", "detail");
        for (TripEntry t : d.trips()) {
            trips.row(t.index(), AuditOutput.local(t.time(), zone), t.kind(), t.reason(), t.from(), t.to(), t.by(), t.fault(), t.detail());
        }
        section(out, "Trips and emergency stops:", trips);
        TextTable gaps = new TextTable("record", "time", "outcome", "pulses", "first", "last", "at");
        for (CounterGap g : d.counterGaps()) {
            gaps.row(g.index(), AuditOutput.local(g.time(), zone), g.outcome(), g.unaccountedPulses(), g.firstUnaccounted(),
                    g.lastUnaccounted(), g.trigger());
        }
        section(out, "Counter gaps:", gaps);
        TextTable other = new TextTable("record", "time", "kind", "reason", "what");
        for (ExceptionEntry e : d.otherExceptions()) {
            other.row(e.index(), AuditOutput.local(e.time(), zone), e.kind(), e.reason(), e.summary());
        }
        section(out, "Other exceptions:", other);
    }

    private static void facts(PrintWriter out, SessionDetail d) {
        SessionSummary s = d.summary();
        OpenedFacts o = d.opened();
        out.println("session     " + s.session());
        out.println("opened      " + AuditOutput.both(s.opened(), s.zone()));
        out.println("closed      " + (s.closedHow() == null ? "not closed" : AuditOutput.both(s.closed(), s.zone()) + " by " + s.closedHow()));
        out.println("unit        " + s.unit() + " (" + o.model() + ", firmware " + o.firmware() + ", device profile " + o.deviceProfile() + ")");
        out.println("operator    " + s.operator());
        out.println("client      " + (o.personal() == null ? "(erased: personal fields cannot be read) token " + s.client()
                : o.personal().pseudonym() + ", skin type " + o.personal().skinType() + ", site " + o.personal().site()));
        out.println("profile     " + o.safeProfile() + (o.minIntervalDays() == null ? "" : ", at least " + o.minIntervalDays()
                + " days between sessions on a site"));
        out.println("checklist   " + o.checklist());
        out.println("software    " + o.software());
        out.println("pulses      " + (s.pulses() == null ? "-" : s.pulses() + (Boolean.FALSE.equals(s.countExact()) ? " (not exact)" : ""))
                + " in " + d.runs().size() + " run(s); " + s.refusals() + " refusal(s), " + s.trips() + " trip(s)");
    }

    private static TextTable runs(SessionDetail d, String zone) {
        TextTable runs = new TextTable("run", "started", "setpoint", "fluence uJ/cm2", "pulses", "after stop", "exact", "min uJ",
                "mean uJ", "max uJ", "outside tol.", "ended by");
        for (RunDetail r : d.runs()) {
            runs.row(r.run(), AuditOutput.local(r.started(), zone), r.setpoint(), r.fluenceMicrojoulesPerSquareCentimetre(), r.pulses(),
                    r.pulsesAfterStop(), r.countExact(), r.minMicrojoules(), r.meanMicrojoules(), r.maxMicrojoules(),
                    r.pulsesOutsideTolerance(), r.endedBy());
        }
        return runs;
    }

    private static void section(PrintWriter out, String title, TextTable table) {
        out.println();
        out.println(title);
        table.print(out, "  none");
    }
}
