package org.pulseguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pulseguard.audit.JournalVerifier;
import org.pulseguard.audit.VerifyProblem;
import org.pulseguard.audit.VerifyReport;
import org.pulseguard.journal.seal.SignedCheckpoint;
import org.pulseguard.journal.store.JournalException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pulseguard audit verify}: checks the whole journal (docs/journal.md section 8). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check every record, tree node and checkpoint of the journal; with --against, that it still extends a "
                + "checkpoint kept elsewhere.", "Exits 1 naming the first bad record or checkpoint and why."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {AuditCommand.EXIT_0, AuditCommand.EXIT_1, AuditCommand.EXIT_2, AuditCommand.EXIT_3})
final class AuditVerifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DataDirectory data;

    @Option(names = "--against", paramLabel = "FILE", description = "A checkpoint exported earlier (audit checkpoint --out).")
    Path against;

    @Option(names = "--key", paramLabel = "PUBKEY",
            description = "A pinned public key (ed25519:<base64> or a .pub file) instead of the data directory's signing-key.pub.")
    String key;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    /** The JSON result. */
    record Result(String journal, long records, int checkpointsVerified, Long latestCheckpointSize, long unsealedRecords,
                  boolean ok, List<VerifyProblem> problems) {
    }

    @Override
    public Integer call() throws JournalException, CliFailure {
        Path dir = data.resolve();
        Optional<SignedCheckpoint> anchor = against == null ? Optional.empty() : Optional.of(readCheckpoint(against));
        try (AuditJournal journal = AuditJournal.open(dir)) {
            PublicKey publicKey = key == null ? journal.publicKey() : PublicKeyOption.parse(key, "--key");
            VerifyReport report = JournalVerifier.verify(journal.store(), publicKey, anchor);
            Result result = new Result(journal.store().journalId(), report.records(), report.checkpointsVerified(),
                    report.latest().map(c -> c.checkpoint().treeSize()).orElse(null), report.unsealedRecords(), report.ok(),
                    report.problems());
            print(result);
            return report.ok() ? 0 : AuditCommand.PROBLEM;
        }
    }

    static SignedCheckpoint readCheckpoint(Path file) throws CliFailure {
        try {
            return SignedCheckpoint.parse(Files.readString(file));
        } catch (IOException e) {
            throw new CliFailure(ExitStatus.IO_TROUBLE, "unreadable-checkpoint", "--against " + file + " cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CliFailure.badInput("bad-checkpoint", "--against " + file + " is not a pulseguard checkpoint: " + e.getMessage());
        }
    }

    private void print(Result r) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            AuditOutput.json(out, r);
            return;
        }
        out.println("journal    " + r.journal());
        out.println("records    " + r.records() + " read, " + r.unsealedRecords() + " after the newest checkpoint");
        out.println("checkpoints " + r.checkpointsVerified() + " verified" + (r.latestCheckpointSize() == null ? ""
                : ", newest at size " + r.latestCheckpointSize()));
        if (r.ok()) {
            out.println("verdict    OK: nothing was changed, removed or reordered" + (against == null ? "" : "; it extends " + against));
        } else {
            out.println("verdict    FAILED: " + r.problems().get(0));
            r.problems().stream().skip(1).forEach(p -> out.println("           also: " + p));
        }
        out.flush();
    }
}
