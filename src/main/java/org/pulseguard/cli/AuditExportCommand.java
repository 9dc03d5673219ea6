package org.pulseguard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pulseguard.audit.ExportBuilder;
import org.pulseguard.audit.ExportFormat;
import org.pulseguard.audit.JournalExport;
import org.pulseguard.audit.query.ExportSelection;
import org.pulseguard.journal.seal.SignedCheckpoint;
import org.pulseguard.journal.store.JournalException;
import org.pulseguard.journal.store.RecordRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pulseguard audit export}: chosen records with their inclusion proofs (docs/journal.md section 6). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write records with an inclusion proof each under the newest checkpoint, checkable with the public key"
                + " alone ('audit verify-export').", "With --client: that client's records and every record of their sessions, nobody"
                + " else's. Records after the newest checkpoint are not sealed yet and are left out (the count is printed)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {AuditCommand.EXIT_0, "1:the journal has no checkpoint yet", AuditCommand.EXIT_2, AuditCommand.EXIT_3})
final class AuditExportCommand implements Callable<Integer> {
    /** The export file formats. */
    enum Format { csv, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DataDirectory data;

    @CommandLine.Mixin
    AuditWindow window;

    @Option(names = "--format", required = true, paramLabel = "csv|json", description = "File format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--client", paramLabel = "PSEUDONYM", description = "Only this client's records.")
    String client;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path outFile;

    @Override
    public Integer call() throws JournalException, CliFailure {
        PrintWriter err = spec.commandLine().getErr();
        try (AuditJournal journal = AuditJournal.open(data.resolve())) {
            SignedCheckpoint newest = journal.newestCheckpoint();
            String token = client == null ? null : journal.tokenOf(client);
            List<RecordRow> rows = new ExportSelection(journal.records()).select(token, window.window());
            JournalExport export = ExportBuilder.build(journal.store(), newest, rows);
            long unsealed = rows.size() - export.records().size();
            if (unsealed > 0) {
                err.println(unsealed + " chosen record(s) come after the newest checkpoint (size " + newest.checkpoint().treeSize()
                        + ") and are not exported; export again after the next checkpoint");
            }
            AuditOutput.writeFile(outFile, "--out", format == Format.json ? ExportFormat.toJson(export) : ExportFormat.toCsv(export));
            PrintWriter out = spec.commandLine().getOut();
            out.println("exported " + export.records().size() + " record(s) under the checkpoint at size " + newest.checkpoint().treeSize()
                    + " (key " + newest.keyId() + ") to " + outFile);
            out.flush();
            err.flush();
            return 0;
        }
    }

}
