package org.pulseguard.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.pulseguard.audit.ClientErasure;
import org.pulseguard.journal.store.JournalException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pulseguard audit erase-client PSEUDONYM --reason TEXT}: crypto-shredding of one client (docs/journal.md section 7). */
@Command(name = "erase-client", mixinStandardHelpOptions = true,
        description = {"Destroy a client's key and pseudonym entry, after journaling a CLIENT_ERASED record with the reason.",
                "The journal still verifies and its pulse counts still add up; the client's personal fields can no longer be read"
                        + " and nothing links the records to the person. Run it while the service is stopped."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:erased", "1:no such client (never treated with this journal, or erased before)", AuditCommand.EXIT_2,
                AuditCommand.EXIT_3})
final class AuditEraseClientCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DataDirectory data;

    @Parameters(index = "0", paramLabel = "PSEUDONYM", description = "The client's pseudonym.")
    String pseudonym;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (journaled as given), e.g. the request's reference.")
    String reason;

    @Option(names = "--operator", paramLabel = "ID", description = "Who asked for the erasure (journaled).")
    String operator;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws JournalException, CliFailure {
        if (reason.isBlank()) {
            throw CliFailure.badInput("empty-reason", "--reason is empty: an erasure is journaled with its reason");
        }
        ClientErasure.Erased erased = ClientErasure.erase(data.resolve(), pseudonym, reason, operator, Clock.systemDefaultZone())
                .orElseThrow(() -> CliFailure.failure("unknown-client", "no client " + pseudonym
                        + " in the client key store (never treated with this journal, or erased before)"));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            AuditOutput.json(out, erased);
        } else {
            out.println("erased client token " + erased.clientToken() + "; journaled as record " + erased.recordIndex());
            out.flush();
        }
        return 0;
    }
}
