package org.pulseguard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pulseguard.journal.seal.SignedCheckpoint;
import org.pulseguard.journal.store.JournalException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pulseguard audit checkpoint}: prints (and writes) the newest signed checkpoint (docs/journal.md section 5). */
@Command(name = "checkpoint", mixinStandardHelpOptions = true,
        description = {"Print the newest signed checkpoint: keep it off this machine (print it, e-mail it).",
                "Later, 'audit verify --against FILE' proves the journal still extends it."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {AuditCommand.EXIT_0, "1:the journal has no checkpoint yet", AuditCommand.EXIT_2, AuditCommand.EXIT_3})
final class AuditCheckpointCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DataDirectory data;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the checkpoint's text to FILE.")
    Path outFile;

    @Option(names = "--json", description = "Print the checkpoint as JSON.")
    boolean json;

    /** The JSON result. */
    record Result(String journal, long treeSize, String root, String time, String keyId, String text) {
    }

    @Override
    public Integer call() throws JournalException, CliFailure {
        PrintWriter err = spec.commandLine().getErr();
        try (AuditJournal journal = AuditJournal.open(data.resolve())) {
            SignedCheckpoint newest = journal.newestCheckpoint();
            long unsealed = journal.store().size() - newest.checkpoint().treeSize();
            if (unsealed > 0) {
                err.println(unsealed + " record(s) after this checkpoint are not yet covered by one (the writer signs one at least"
                        + " every 1,000 records or 60 s, and at every session close)");
            }
            if (outFile != null) {
                AuditOutput.writeFile(outFile, "--out", newest.text());
                err.println("written to " + outFile);
            }
            err.flush();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                var c = newest.checkpoint();
                AuditOutput.json(out, new Result(c.journalId(), c.treeSize(), c.root().hex(), c.time().toString(), newest.keyId(), newest.text()));
            } else {
                out.print(newest.text());
                out.flush();
            }
            return 0;
        }
    }

}
