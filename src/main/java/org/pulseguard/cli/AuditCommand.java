package org.pulseguard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code pulseguard audit}: the safety officer's commands over a treatment journal (docs/journal.md,
 * "Audit commands"). Every subcommand that reads the journal opens it read-only; only
 * {@code erase-client} writes (a {@code CLIENT_ERASED} record), and {@code checkpoint --out} writes
 * its file. All list the same exit codes.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Verify, query and export the treatment journal.",
        subcommands = {AuditVerifyCommand.class, AuditCheckpointCommand.class, AuditKeyCommand.class, AuditSessionsCommand.class,
                AuditSessionCommand.class, AuditExceptionsCommand.class, AuditExportCommand.class, AuditVerifyExportCommand.class,
                AuditEraseClientCommand.class},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {AuditCommand.EXIT_0, AuditCommand.EXIT_1, AuditCommand.EXIT_2, AuditCommand.EXIT_3})
final class AuditCommand implements Runnable {
    static final String EXIT_0 = "0:done (for verify: the journal verifies)";
    static final String EXIT_1 = "1:verification failed or a problem was found (the first bad record is named)";
    static final String EXIT_2 = "2:bad input: the message names the option, file or value and what is expected";
    static final String EXIT_3 = "3:a file or the journal could not be read or written (missing, locked, damaged), or an internal error";
    /** Exit code when verification fails or nothing matches what was asked for. */
    static final int PROBLEM = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
