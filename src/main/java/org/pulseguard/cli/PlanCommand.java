package org.pulseguard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.pulseguard.device.EnergyRange;
import org.pulseguard.device.RateRange;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.FluenceBand;
import org.pulseguard.profile.LoadReport;
import org.pulseguard.profile.ProfileLoader;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.profile.ReadResult;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.profile.SpotOptions;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.safety.AllowedRanges;
import org.pulseguard.safety.GateDecision;
import org.pulseguard.safety.Refusal;
import org.pulseguard.safety.SafetyGate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pulseguard plan}: asks the safety gate about a setpoint without touching a laser and prints
 * the fluence, the verdict with every reason, and the allowed range of each parameter given the
 * others. Exit 0 allowed, 1 refused, 2 bad input (a message names the option or file).
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Check a setpoint against a device profile and a safe profile, with no laser.",
                "A value finer than its quantity's resolution or off the unit's step is refused, never rounded."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:allowed", "1:refused (every reason is listed)",
                "2:bad input: the message names the option or file, the value and what is expected",
                "3:internal error in pulseguard (please report it)"})
final class PlanCommand implements Callable<Integer> {
    static final int ALLOWED = 0;
    static final int REFUSED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--device", required = true, paramLabel = "FILE|NAME",
            description = "Device profile: a device.json file, or a device id in the profiles folder.")
    String device;

    @Option(names = "--profile", required = true, paramLabel = "NAME|FILE", description = "Safe profile id (or file).")
    String profile;

    @Option(names = "--skin-type", required = true, paramLabel = "TYPE", converter = SkinTypeConverter.class,
            description = "Client's Fitzpatrick skin type, I..VI.")
    SkinType skinType;

    @Option(names = "--energy", required = true, paramLabel = "ENERGY", converter = EnergyConverter.class,
            description = "Pulse energy, for example 400mJ.")
    PulseEnergy energy;

    @Option(names = "--spot", required = true, paramLabel = "DIAMETER", converter = SpotConverter.class,
            description = "Spot diameter, for example 4mm.")
    SpotDiameter spot;

    @Option(names = "--rate", required = true, paramLabel = "RATE", converter = RateConverter.class,
            description = "Repetition rate, for example 5Hz.")
    RepetitionRate rate;

    @Option(names = "--wavelength", paramLabel = "NM", converter = WavelengthConverter.class,
            description = "Wavelength, for example 1064nm (default: the safe profile's).")
    Wavelength wavelength;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--profiles", paramLabel = "DIR", description = "Profiles folder (default: ${DEFAULT-VALUE}).")
    Path profilesDir;

    /** The option's former name, kept so that existing scripts still work. */
    @Option(names = "--profiles-dir", hidden = true, paramLabel = "DIR")
    void formerProfilesOption(Path folder) {
        profilesDir = folder;
    }

    @Override
    public Integer call() throws JsonProcessingException, CliFailure {
        PrintWriter err = spec.commandLine().getErr();
        ProfileLoader loader = new ProfileLoader();
        ProfileSet set = deviceSet(loader, err);
        DeviceProfile unit = set.device();
        SafeProfile safe = safeProfile(loader, set, err);
        Setpoint setpoint = new Setpoint(energy, spot, rate, wavelength == null ? safe.wavelength() : wavelength);
        GateDecision decision = SafetyGate.check(unit, safe, skinType, setpoint);
        AllowedRanges ranges = SafetyGate.allowedRanges(unit, safe, skinType, setpoint);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(PlanReport.of(unit, safe, skinType, decision, ranges)));
        } else {
            printText(out, unit, safe, decision, ranges);
        }
        out.flush();
        return decision.isAllowed() ? ALLOWED : REFUSED;
    }

    private ProfileSet deviceSet(ProfileLoader loader, PrintWriter err) throws CliFailure {
        Path file = Path.of(device);
        boolean isFile = Files.isRegularFile(file);
        if (isFile && !file.getFileName().toString().equals(ProfileLoader.DEVICE_FILE)) {
            throw CliFailure.badInput("bad-device-profile", "--device " + device + ": a device profile file is named "
                    + ProfileLoader.DEVICE_FILE + " inside its device folder");
        }
        Path folder = isFile ? file.toAbsolutePath().getParent() : profilesDir.resolve(device);
        if (!isFile && !Files.isDirectory(folder)) {
            throw CliFailure.badInput("bad-device-profile", "--device " + device + ": no such file, and no device folder "
                    + folder + " (devices: " + listDevices() + ")");
        }
        LoadReport report = loader.loadDeviceFolder(folder);
        report.problems().forEach(p -> err.println("problem: " + p));
        err.flush();
        return report.sets().stream().findFirst().orElseThrow(() -> CliFailure.badInput("bad-device-profile", "--device "
                + device + ": the device profile is not valid (problems above)"));
    }

    private SafeProfile safeProfile(ProfileLoader loader, ProfileSet set, PrintWriter err) throws CliFailure {
        Path file = Path.of(profile);
        if (profile.endsWith(".json") && Files.isRegularFile(file)) {
            ReadResult<SafeProfile> read = loader.readSafeProfile(file, Optional.of(set.device()));
            read.problems().forEach(p -> err.println("problem: " + p));
            err.flush();
            return read.value().orElseThrow(() -> CliFailure.badInput("bad-safe-profile", "--profile " + profile
                    + ": the safe profile is not valid (problems above)"));
        }
        return set.safeProfile(profile).orElseThrow(() -> CliFailure.badInput("bad-safe-profile", "--profile " + profile
                + ": no valid safe profile with that id for " + set.device().id() + " (valid: "
                + set.safeProfiles().stream().map(SafeProfile::id).collect(Collectors.joining(", ")) + ")"));
    }

    private String listDevices() {
        return new ProfileLoader().loadDirectory(profilesDir).sets().stream().map(s -> s.device().id())
                .collect(Collectors.joining(", "));
    }

    private void printText(PrintWriter out, DeviceProfile unit, SafeProfile safe, GateDecision decision, AllowedRanges ranges) {
        out.println("device     " + unit.label() + " (" + unit.model() + ")");
        out.println("profile    " + safe.label() + ": " + safe.name());
        out.println("skin type  " + skinType);
        out.println("setpoint   " + decision.setpoint());
        out.println("fluence    " + decision.fluence() + " (" + decision.setpoint().energy() + " on " + decision.setpoint().spot() + ")");
        if (decision.isAllowed()) {
            out.println("verdict    ALLOWED");
        } else {
            out.println("verdict    REFUSED, " + decision.refusals().size() + " reason(s):");
            for (Refusal r : decision.refusals()) {
                out.println("  - " + r.explanation());
            }
        }
        out.println("allowed, each parameter with the others as asked:");
        out.println("  wavelength " + ranges.wavelength().map(Object::toString).orElse("none"));
        out.println("  energy     " + ranges.energy().map(PlanCommand::describe).orElse("none") + " at " + spot);
        out.println("  spot       " + ranges.spot().map(SpotOptions::describe).orElse("none") + " at " + energy);
        out.println("  rate       " + ranges.rate().map(PlanCommand::describe).orElse("none"));
        out.println("  fluence    " + ranges.fluence().map(FluenceBand::toString).orElse("none") + " for skin type " + skinType);
    }

    private static String describe(EnergyRange r) {
        return r.minimum().toString().replace(" mJ", "") + ".." + r.maximum() + " in " + r.step() + " steps";
    }

    private static String describe(RateRange r) {
        return r.minimum().toString().replace(" Hz", "") + ".." + r.maximum() + " in " + r.step() + " steps";
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Parses {@code --skin-type}. */
    static final class SkinTypeConverter implements CommandLine.ITypeConverter<SkinType> {
        @Override
        public SkinType convert(String value) {
            return converted(() -> SkinType.parse(value));
        }
    }

    /** Parses {@code --energy}. */
    static final class EnergyConverter implements CommandLine.ITypeConverter<PulseEnergy> {
        @Override
        public PulseEnergy convert(String value) {
            return converted(() -> PulseEnergy.parse(value));
        }
    }

    /** Parses {@code --spot}. */
    static final class SpotConverter implements CommandLine.ITypeConverter<SpotDiameter> {
        @Override
        public SpotDiameter convert(String value) {
            return converted(() -> SpotDiameter.parse(value));
        }
    }

    /** Parses {@code --rate}. */
    static final class RateConverter implements CommandLine.ITypeConverter<RepetitionRate> {
        @Override
        public RepetitionRate convert(String value) {
            return converted(() -> RepetitionRate.parse(value));
        }
    }

    /** Parses {@code --wavelength}. */
    static final class WavelengthConverter implements CommandLine.ITypeConverter<Wavelength> {
        @Override
        public Wavelength convert(String value) {
            return converted(() -> Wavelength.parse(value));
        }
    }

    private static <T> T converted(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
