package org.pulseguard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.LoadReport;
import org.pulseguard.profile.ProfileLoader;
import org.pulseguard.profile.ProfileProblem;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.profile.ProfileWarning;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.WavelengthCapability;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pulseguard profiles}: works with the device and safe treatment profiles (docs/profiles.md). */
@Command(name = "profiles", description = "Device profiles and safe treatment profiles.",
        subcommands = {ProfilesCommand.Check.class})
final class ProfilesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code pulseguard profiles check [DIR]}: loads every profile of DIR; prints a summary and the
     * placeholders still to confirm and exits 0 when all are valid, otherwise prints one line per
     * problem ({@code FILE: FIELD: REASON}) and exits 1.
     */
    @Command(name = "check", description = {"Check a folder of profiles (default device-profiles).",
            "Exit 0 when all are valid (placeholders listed as warnings), 1 with one line per problem otherwise."})
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Profile folder (default: ${DEFAULT-VALUE}).")
        Path directory = ProfileLoader.DEFAULT_DIRECTORY;

        /** Today's date, for calibration expiry warnings; replaced in tests. */
        Clock clock = Clock.systemDefaultZone();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LoadReport report = new ProfileLoader().loadDirectory(directory);
            report.sets().forEach(set -> summarise(set, out));
            LocalDate today = LocalDate.now(clock);
            report.sets().stream().filter(s -> !s.device().calibration().isValidOn(today)).forEach(s -> out.println(
                    "warning: " + s.deviceFile() + ": calibration.validUntil: the calibration is not valid today (" + today
                            + ", valid " + s.device().calibration().performedOn() + ".." + s.device().calibration().validUntil()
                            + "): the unit cannot be armed"));
            for (ProfileWarning w : report.warnings()) {
                out.println("warning: " + w);
            }
            for (ProfileProblem p : report.problems()) {
                out.println(p);
            }
            int safe = report.safeProfileCount();
            if (!report.isValid()) {
                out.println(report.problems().size() + " problem(s) in " + directory + "; " + report.sets().size()
                        + " device profile(s) and " + safe + " safe profile(s) valid");
                out.flush();
                return 1;
            }
            out.println(directory + ": " + report.sets().size() + " device profile(s), " + safe + " safe profile(s), all valid; "
                    + report.warnings().size() + " warning(s): placeholders for the medical director or LSO to confirm");
            out.flush();
            return 0;
        }

        private static void summarise(ProfileSet set, PrintWriter out) {
            DeviceProfile d = set.device();
            out.println(d.label() + "  " + d.model() + " (" + d.dialect().fileName() + ", " + d.serial() + "): "
                    + d.wavelengths().stream().map(Check::energies).collect(Collectors.joining(", ")) + "; "
                    + d.spots().describe() + "; " + d.rate().minimum().toString().replace(" Hz", "") + ".." + d.rate().maximum()
                    + "; watchdog " + d.watchdogPeriod().toMillis() + " ms; emission delay " + d.emissionDelay().toMillis()
                    + " ms; tolerance " + d.tolerance());
            for (SafeProfile p : set.safeProfiles()) {
                out.println("  " + p.label() + "  " + p.name() + ": " + p.wavelength() + ", "
                        + p.fluence().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", "))
                        + "; max " + p.maxRate() + ", " + p.maxPulsesPerSession() + " pulses/session, "
                        + p.minIntervalDays() + " days between sessions"
                        + (p.testSpot().requiredForSkinTypes().isEmpty() ? "" : "; test spot for " + p.testSpot().requiredForSkinTypes()));
            }
        }

        private static String energies(WavelengthCapability w) {
            return w.wavelength() + " " + w.energy().minimum().toString().replace(" mJ", "") + ".." + w.energy().maximum()
                    + w.calibration().map(c -> " (set in " + c.unit().fileName() + ")").orElse("");
        }
    }
}
