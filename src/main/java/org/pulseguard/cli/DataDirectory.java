package org.pulseguard.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option of every command that touches the journal: the data directory
 * holding {@code journal.db}, the signing keys and {@code client-keys.db}. The default follows the
 * XDG base directory specification: {@code $XDG_DATA_HOME/pulseguard}, else
 * {@code ~/.local/share/pulseguard}. The directory used is printed on stderr when a command starts,
 * so nobody audits the wrong journal unknowingly. A picocli mixin.
 */
final class DataDirectory {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = {"Data directory with the journal. Default:", "$XDG_DATA_HOME/pulseguard, else", "~/.local/share/pulseguard"})
    Path data;

    /** The directory to use (the option, else the default), announced on stderr. */
    Path resolve() {
        Path dir = data != null ? data : defaultFor(System.getenv(), System.getProperty("user.home"));
        spec.commandLine().getErr().println("data directory: " + dir.toAbsolutePath());
        spec.commandLine().getErr().flush();
        return dir;
    }

    /** The default data directory for an environment and a home directory. */
    static Path defaultFor(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        // The specification says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "pulseguard");
        }
        return Path.of(userHome, ".local", "share", "pulseguard");
    }
}
