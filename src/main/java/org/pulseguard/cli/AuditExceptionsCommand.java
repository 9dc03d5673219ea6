package org.pulseguard.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.pulseguard.audit.query.ExceptionEntry;
import org.pulseguard.audit.query.ExceptionQueries;
import org.pulseguard.journal.store.JournalException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pulseguard audit exceptions}: everything the safety officer must look at (docs/journal.md section 3). */
@Command(name = "exceptions", mixinStandardHelpOptions = true,
        description = {"List refusals, trips, emergency stops, faults, link losses, counter gaps, journal failures, sessions closed"
                + " by recovery, and sessions opened sooner than the safe profile allows after the same client's last on the same site.",
                "Exit 0 whether or not there are any: exceptions are facts to review, not a failure of the command."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {AuditCommand.EXIT_0, AuditCommand.EXIT_1, AuditCommand.EXIT_2, AuditCommand.EXIT_3})
final class AuditExceptionsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DataDirectory data;

    @CommandLine.Mixin
    AuditWindow window;

    @Option(names = "--json", description = "Print the exceptions as JSON.")
    boolean json;

    @Override
    public Integer call() throws JournalException, CliFailure {
        try (AuditJournal journal = AuditJournal.open(data.resolve())) {
            List<ExceptionEntry> found = new ExceptionQueries(journal.records(), journal.clients())
                    .exceptions(window.window());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                AuditOutput.json(out, found);
            } else {
                TextTable t = new TextTable("record", "time", "UTC", "kind", "reason", "unit", "session", "what");
                for (ExceptionEntry e : found) {
                    t.row(e.index(), AuditOutput.local(e.time(), e.zone()), AuditOutput.utc(e.time()), e.kind(), e.reason(), e.unit(),
                            e.session(), e.summary());
                }
                t.print(out, "no exceptions");
                out.flush();
            }
            return 0;
        }
    }
}
