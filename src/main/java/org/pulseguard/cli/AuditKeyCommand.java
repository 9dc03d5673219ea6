package org.pulseguard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.concurrent.Callable;
import org.pulseguard.journal.seal.JournalKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pulseguard audit key}: prints the journal's public key, for verify-export and for pinning. */
@Command(name = "key", mixinStandardHelpOptions = true,
        description = "Print the journal's public key (ed25519:<base64>) and its key id.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {AuditCommand.EXIT_0, AuditCommand.EXIT_1, AuditCommand.EXIT_2, AuditCommand.EXIT_3})
final class AuditKeyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DataDirectory data;

    @Option(names = "--json", description = "Print the key as JSON.")
    boolean json;

    /** The JSON result. */
    record Result(String publicKey, String keyId) {
    }

    @Override
    public Integer call() throws CliFailure {
        Path dir = data.resolve();
        Path file = dir.resolve(JournalKeys.PUBLIC_KEY_FILE);
        PublicKey key = AuditJournal.readPublicKey(file, "the journal's public key");
        String text;
        try {
            text = java.nio.file.Files.readString(file).strip();
        } catch (java.io.IOException e) {
            throw new CliFailure(ExitStatus.IO_TROUBLE, "no-public-key", "the journal's public key " + file + " cannot be read: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            AuditOutput.json(out, new Result(text, JournalKeys.keyId(key)));
        } else {
            out.println(text);
            out.println("key id " + JournalKeys.keyId(key));
            out.flush();
        }
        return 0;
    }
}
