package org.pulseguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.Callable;
import org.pulseguard.audit.ExportFormat;
import org.pulseguard.audit.ExportVerifier;
import org.pulseguard.audit.JournalExport;
import org.pulseguard.audit.VerifyProblem;
import org.pulseguard.journal.seal.JournalKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pulseguard audit verify-export FILE --key PUBKEY}: checks an export with the public key alone. */
@Command(name = "verify-export", mixinStandardHelpOptions = true,
        description = "Check an export (CSV or JSON) with the journal's public key alone: the checkpoint's signature, and each"
                + " record's canonical form and inclusion proof. Needs no journal.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the export verifies", "1:the export does not verify (the first bad record is named)", AuditCommand.EXIT_2,
                AuditCommand.EXIT_3})
final class AuditVerifyExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The export file.")
    Path file;

    @Option(names = "--key", required = true, paramLabel = "PUBKEY",
            description = "The journal's public key: ed25519:<base64> ('audit key' prints it) or a .pub file.")
    String key;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    /** The JSON result. */
    record Result(String file, long checkpointSize, String keyId, int records, boolean ok, List<VerifyProblem> problems) {
    }

    @Override
    public Integer call() throws CliFailure {
        PublicKey publicKey = PublicKeyOption.parse(key, "--key");
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new CliFailure(ExitStatus.IO_TROUBLE, "unreadable-export", "export " + file + " cannot be read: " + e.getMessage());
        }
        JournalExport export;
        try {
            export = ExportFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw CliFailure.badInput("bad-export", "export " + file + ": " + e.getMessage());
        }
        List<VerifyProblem> problems = ExportVerifier.verify(export, publicKey);
        Result r = new Result(file.toString(), export.checkpoint().checkpoint().treeSize(), JournalKeys.keyId(publicKey),
                export.records().size(), problems.isEmpty(), problems);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            AuditOutput.json(out, r);
        } else if (r.ok()) {
            out.println("OK: " + r.records() + " record(s) verify under the checkpoint at size " + r.checkpointSize() + ", key " + r.keyId());
        } else {
            out.println("FAILED: " + problems.get(0));
            problems.stream().skip(1).forEach(p -> out.println("also: " + p));
        }
        out.flush();
        return r.ok() ? 0 : AuditCommand.PROBLEM;
    }
}
