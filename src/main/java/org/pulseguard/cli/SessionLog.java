package org.pulseguard.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.session.ReasonCode;
import org.pulseguard.session.SessionTally;
import org.pulseguard.session.SupervisorEvent;
import org.pulseguard.session.TreatmentRun;

/**
 * Renders a supervised session for a person at the chair: one line per event, in local time, in
 * words rather than Java record dumps, with a summary per run and for the session. Thread-safe as
 * far as its {@link PrintStream} is (lines are printed whole).
 */
final class SessionLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final PrintStream out;
    private final ZoneId zone;

    SessionLog(PrintStream out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    /** A line the script says (what the technician does), stamped now. */
    void say(String text) {
        line(Instant.now(), text);
    }

    /** One supervisor event. Pulses of units with per-pulse telemetry are indented under their run. */
    void supervisor(SupervisorEvent e) {
        String states = e.from() == e.to() ? "" : " (" + e.from() + " -> " + e.to() + ")";
        String text = switch (e.kind()) {
            case TRIP -> "TRIP " + e.reason() + states + ": " + e.detail();
            case REFUSAL -> "refused " + e.reason() + ": " + e.detail();
            case TRANSITION -> e.reason() + states + (e.detail().isEmpty() ? "" : ": " + e.detail());
            case RECORD -> record(e);
        };
        line(e.at(), e.reason() == ReasonCode.PULSE ? "    " + text : text);
    }

    private static String record(SupervisorEvent e) {
        if (e.reason() == ReasonCode.RUN_ENDED && e.run() != null) {
            return "run summary: " + describe(e.run());
        }
        if (e.reason() == ReasonCode.PULSES_AFTER_STOP && e.run() != null) {
            return e.detail() + "; run " + e.run().number() + " now " + e.run().totalPulses() + " pulses";
        }
        return e.reason() == ReasonCode.PULSE ? e.detail() : e.reason() + ": " + e.detail();
    }

    /** A device event seen before the supervisor listens (connecting, warming up). */
    void device(DeviceEvent event) {
        if (event instanceof DeviceEvent.StateChanged s) {
            line(event.at(), "unit " + s.from() + " -> " + s.to() + " (" + s.cause() + ")");
        } else if (event instanceof DeviceEvent.InterlocksChanged i) {
            line(event.at(), i.open().isEmpty() ? "unit: all interlocks closed" : "unit: open "
                    + i.open().stream().map(org.pulseguard.device.Interlock::description).collect(Collectors.joining(", ")));
        } else if (event instanceof DeviceEvent.FaultChanged f) {
            line(event.at(), "unit fault: " + f.fault());
        } else if (event instanceof DeviceEvent.LinkLost l) {
            line(event.at(), "link lost: " + l.reason());
        }
    }

    /** A run in words: pulses (and those counted after its stop), setpoint, fluence, measured energy, how it ended. */
    static String describe(TreatmentRun run) {
        StringBuilder text = new StringBuilder("run ").append(run.number()).append(": ").append(run.totalPulses()).append(" pulses");
        if (run.pulsesAfterStop() > 0) {
            text.append(" (").append(run.pulses()).append(" during the run + ").append(run.pulsesAfterStop())
                    .append(" counted after the stop)");
        }
        if (run.setpoint() != null) {
            text.append(" at ").append(run.setpoint().energy()).append(" on ").append(run.setpoint().spot()).append(", ")
                    .append(run.fluence());
        }
        text.append(run.measured() == null ? "; no per-pulse energy from this unit"
                : "; measured " + run.measured().minimum() + " min / " + run.measured().mean() + " mean / "
                        + run.measured().maximum() + " max");
        if (run.pulsesOutsideTolerance() > 0) {
            text.append("; ").append(run.pulsesOutsideTolerance()).append(" outside tolerance");
        }
        if (!run.countExact()) {
            text.append("; pulses after the link loss unknown: a lower bound");
        }
        if (run.ended()) {
            text.append("; ended by ").append(run.endedBy());
        }
        return text.toString();
    }

    /**
     * The session's summary: each run, their sum, the session's total and the unit's counter delta.
     * Returns true when the three agree.
     */
    boolean summary(SessionTally tally, long counterBefore, long counterAfter) {
        out.println("session summary:");
        for (TreatmentRun run : tally.runs()) {
            out.println("  " + describe(run));
        }
        long sum = tally.runs().stream().mapToLong(TreatmentRun::totalPulses).sum();
        long delta = counterAfter - counterBefore;
        String terms = tally.runs().isEmpty() ? "0"
                : tally.runs().stream().map(r -> Long.toString(r.totalPulses())).collect(Collectors.joining(" + "));
        boolean agree = sum == tally.totalPulses() && sum == delta;
        out.printf("  runs %s = %d pulses; session total %d; unit's counter %d -> %d, delta %d%s%n", terms, sum,
                tally.totalPulses(), counterBefore, counterAfter, delta, agree ? " (all agree)" : " (DO NOT AGREE)");
        if (!tally.countExact()) {
            out.println("  " + tally.unknownAfter() + ": the total is a lower bound until reconciled with the unit's counter");
        }
        return agree;
    }

    private void line(Instant at, String text) {
        out.println(TIME.format(at.atZone(zone)) + "  " + text);
    }
}
