package org.pulseguard.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pulseguard.audit.query.SessionDetail;
import org.pulseguard.audit.query.SessionQueries;
import org.pulseguard.journal.store.JournalException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pulseguard audit session ID}: one session in full, from its records other than pulses. */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Show one session: what was recorded at its opening, every setpoint, run (fluence, pulse counts, measured"
                + " energy), refusal with its reasons, trip, counter gap, and how it closed.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {AuditCommand.EXIT_0, "1:no session has that id", AuditCommand.EXIT_2, AuditCommand.EXIT_3})
final class AuditSessionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DataDirectory data;

    @Parameters(index = "0", paramLabel = "ID", description = "The session id (32 hex digits, as 'audit sessions' lists it).")
    String id;

    @Option(names = "--json", description = "Print the session as JSON.")
    boolean json;

    @Override
    public Integer call() throws JournalException, CliFailure {
        try (AuditJournal journal = AuditJournal.open(data.resolve())) {
            SessionDetail session = new SessionQueries(journal.records(), journal.clients()).session(id.strip())
                    .orElseThrow(() -> CliFailure.failure("no-such-session", "no session " + id + " in " + journal.store().file()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                AuditOutput.json(out, session);
            } else {
                SessionText.print(out, session);
                out.flush();
            }
            return 0;
        }
    }
}
