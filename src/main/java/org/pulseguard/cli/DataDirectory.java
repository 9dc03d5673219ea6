package org.pulseguard.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the journal lives when {@code --data} is not given: {@code $XDG_DATA_HOME/pulseguard}, else
 * {@code ~/.local/share/pulseguard} (the XDG Base Directory default for user data). Commands print
 * the directory they use, so nobody audits an empty journal by mistake.
 */
final class DataDirectory {
    /** The program and version written into the journal's records. */
    static final String SOFTWARE = "pulseguard 0.1.0";

    private DataDirectory() {
    }

    /** {@code given} when set, else the default under the user's data home. */
    static Path resolve(Path given) {
        return given != null ? given : defaultFor(System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultFor(Map<String, String> env, String home) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("pulseguard");
    }
}
