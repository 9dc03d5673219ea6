package org.pulseguard.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/** The commands a safety officer runs to audit what {@code demo} just journaled, printed at its end. */
final class AuditHints {
    private AuditHints() {
    }

    static void print(PrintStream out, Path dataDir, String session) {
        String data = " --data " + dataDir.toAbsolutePath();
        String jar = "java -jar target/pulseguard.jar audit ";
        out.println();
        out.println("journaled in " + dataDir.toAbsolutePath() + (session == null ? "" : " as session " + session) + "; audit it with:");
        out.println("  " + jar + "verify" + data);
        out.println("  " + jar + "sessions" + data);
        if (session != null) {
            out.println("  " + jar + "session " + session + data);
        }
        out.println("  " + jar + "exceptions" + data);
        out.println("  " + jar + "checkpoint" + data + " --out checkpoint.txt");
        out.println("  " + jar + "export --format json --out journal-export.json" + data);
        out.println("  " + jar + "verify-export journal-export.json --key " + dataDir.toAbsolutePath().resolve("signing-key.pub"));
    }
}
