package org.pulseguard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
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
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.WavelengthCapability;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pulseguard profiles}: works with the device and safe treatment profiles (docs/profiles.md). */
@Command(name = "profiles", mixinStandardHelpOptions = true, description = "Device profiles and safe treatment profiles.",
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
     * warnings, one line per file and kind ({@code --verbose}: every one), and exits 0 when all are
     * valid; otherwise prints one line per problem ({@code FILE: FIELD: REASON}) and exits 1. A
     * folder with no device profile is a problem, not a pass.
     */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check a folder of profiles (default: device-profiles in the working directory, else the installation's).",
                    "Warnings are summarised, one line per file and kind; --verbose lists each."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:every profile is valid (warnings are listed, not failures)",
                    "1:problems found (one line each), or no device profile in the folder",
                    "2:bad input: the folder does not exist or is not a folder",
                    "3:internal error in pulseguard (please report it)"})
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Profile folder (default: ${DEFAULT-VALUE}).")
        Path directory;

        @Option(names = "--verbose", description = "List every warning instead of one line per file and kind.")
        boolean verbose;

        /** Today's date, for calibration expiry warnings; replaced in tests. */
        Clock clock = Clock.systemDefaultZone();

        @Override
        public Integer call() throws CliFailure {
            PrintWriter out = spec.commandLine().getOut();
            if (!Files.isDirectory(directory)) {
                throw CliFailure.badInput("no-folder", "DIR " + directory + (Files.exists(directory) ? " is not a folder"
                        : " does not exist") + "; expected a folder of <device id>/device.json and safe profiles");
            }
            LoadReport report = new ProfileLoader().loadDirectory(directory);
            report.sets().forEach(set -> summarise(set, out));
            LocalDate today = LocalDate.now(clock);
            report.sets().stream().filter(s -> !s.device().calibration().isValidOn(today)).forEach(s -> out.println(
                    "warning: " + s.deviceFile() + ": calibration.validUntil: the calibration is not valid today (" + today
                            + ", valid " + s.device().calibration().performedOn() + ".." + s.device().calibration().validUntil()
                            + "): the unit cannot be armed"));
            WarningSummary warnings = new WarningSummary(report.warnings());
            (verbose ? warnings.everyLine() : warnings.summaryLines()).forEach(line -> out.println("warning: " + line));
            for (ProfileProblem p : report.problems()) {
                out.println(p);
            }
            int safe = report.safeProfileCount();
            if (report.isValid() && report.sets().isEmpty()) {
                out.println(directory + ": no device profile found (expected " + directory + "/<device id>/"
                        + ProfileLoader.DEVICE_FILE + ")" + (report.warnings().isEmpty() ? "" : "; " + warnings.totals()));
                out.flush();
                return 1;
            }
            if (!report.isValid()) {
                out.println(report.problems().size() + " problem(s) in " + directory + "; " + report.sets().size()
                        + " device profile(s) and " + safe + " safe profile(s) valid");
                out.flush();
                return 1;
            }
            out.println(directory + ": " + report.sets().size() + " device profile(s), " + safe + " safe profile(s), all valid; "
                    + warnings.totals());
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
