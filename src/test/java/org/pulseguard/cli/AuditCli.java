package org.pulseguard.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code pulseguard audit SUBCOMMAND --data DIR ARGS...} in-process on one data directory. */
record AuditCli(Path dir) {
    CliRun run(String subcommand, String... args) {
        List<String> all = new ArrayList<>(List.of("audit", subcommand, "--data", dir.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }
}
