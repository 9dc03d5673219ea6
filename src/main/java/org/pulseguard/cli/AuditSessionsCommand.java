package org.pulseguard.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.pulseguard.audit.query.SessionFilter;
import org.pulseguard.audit.query.SessionQueries;
import org.pulseguard.audit.query.SessionSummary;
import org.pulseguard.journal.store.JournalException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pulseguard audit sessions}: the treatment sessions, filtered by client, unit and opening time. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = {"List treatment sessions: who treated whom on which unit, when, how it closed, pulses, runs, refusals, trips.",
                "Times are shown in the clinic's zone as recorded, with UTC beside."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {AuditCommand.EXIT_0, AuditCommand.EXIT_1, AuditCommand.EXIT_2, AuditCommand.EXIT_3})
final class AuditSessionsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DataDirectory data;

    @CommandLine.Mixin
    AuditWindow window;

    @Option(names = "--client", paramLabel = "PSEUDONYM", description = "Only this client's sessions.")
    String client;

    @Option(names = "--unit", paramLabel = "SERIAL", description = "Only sessions on this unit.")
    String unit;

    @Option(names = "--json", description = "Print the sessions as JSON.")
    boolean json;

    @Override
    public Integer call() throws JournalException, CliFailure {
        try (AuditJournal journal = AuditJournal.open(data.resolve())) {
            String token = client == null ? null : journal.tokenOf(client);
            SessionFilter filter = new SessionFilter(token, unit, window.window());
            List<SessionSummary> sessions = new SessionQueries(journal.records(), journal.clients()).sessions(filter);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                AuditOutput.json(out, sessions);
            } else {
                table(sessions).print(out, "no sessions");
                out.flush();
            }
            return 0;
        }
    }

    private static TextTable table(List<SessionSummary> sessions) {
        TextTable t = new TextTable("session", "opened", "UTC", "closed", "unit", "operator", "client", "pulses", "runs", "refusals", "trips");
        for (SessionSummary s : sessions) {
            t.row(s.session(), AuditOutput.local(s.opened(), s.zone()), AuditOutput.utc(s.opened()),
                    s.closedHow() == null ? "OPEN" : s.closedHow(), s.unit(), s.operator(),
                    s.pseudonym() == null ? "(erased)" : s.pseudonym(), s.pulses(), s.runs(), s.refusals(), s.trips());
        }
        return t;
    }
}
