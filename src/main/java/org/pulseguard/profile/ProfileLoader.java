package org.pulseguard.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Reads device and safe profile files strictly (docs/profiles.md): duplicate JSON keys, unknown or
 * missing fields, wrong types and every broken rule are refused with the file, the field path and
 * the reason, all of them, not just the first. A profile folder holds one sub-folder per laser model,
 * named by its id, with {@code device.json} and one file per safe profile. Thread-safe.
 */
public final class ProfileLoader {
    /** The device profile's file name inside a device folder. */
    public static final String DEVICE_FILE = "device.json";
    /** The folder the shipped profiles live in. */
    public static final Path DEFAULT_DIRECTORY = Path.of("device-profiles");

    private final JsonMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Loads every device folder of {@code directory}. */
    public LoadReport loadDirectory(Path directory) {
        List<Path> entries = list(directory);
        if (entries.isEmpty() && !Files.isDirectory(directory)) {
            return new LoadReport(List.of(), List.of(new ProfileProblem(directory, FieldIssue.WHOLE_FILE,
                    "not a readable folder")), List.of());
        }
        Collector all = new Collector();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                all.add(loadDeviceFolder(entry));
            } else if (entry.toString().endsWith(".json")) {
                all.problems.add(new ProfileProblem(entry, FieldIssue.WHOLE_FILE,
                        "profiles live in a folder per laser model: <device id>/" + DEVICE_FILE + " and <device id>/<safe profile>.json"));
            } else if (!entry.toString().endsWith(".md")) {
                all.warnings.add(new ProfileWarning(entry, FieldIssue.WHOLE_FILE, ProfileWarning.NOT_A_PROFILE));
            }
        }
        return all.report();
    }

    /** Loads one device folder: its {@code device.json} and its safe profiles. */
    public LoadReport loadDeviceFolder(Path folder) {
        Collector found = new Collector();
        Path deviceFile = folder.resolve(DEVICE_FILE);
        Optional<DeviceProfile> device = Optional.empty();
        if (Files.isRegularFile(deviceFile)) {
            device = found.take(readDevice(deviceFile));
            String folderName = folder.toAbsolutePath().normalize().getFileName().toString();
            if (device.isPresent() && !device.get().id().equals(folderName)) {
                found.problems.add(new ProfileProblem(deviceFile, "id", "'" + device.get().id()
                        + "' differs from its folder name '" + folderName + "'"));
                device = Optional.empty();
            }
        } else {
            found.problems.add(new ProfileProblem(deviceFile, FieldIssue.WHOLE_FILE, "missing: every device folder has a " + DEVICE_FILE));
        }
        List<SafeProfile> safe = safeProfiles(folder, device, found);
        device.ifPresent(d -> found.sets.add(new ProfileSet(d, deviceFile, safe)));
        return found.report();
    }

    private List<SafeProfile> safeProfiles(Path folder, Optional<DeviceProfile> device, Collector found) {
        List<SafeProfile> safe = new ArrayList<>();
        for (Path file : list(folder)) {
            String name = file.getFileName().toString();
            if (name.equals(DEVICE_FILE) || name.endsWith(".md")) {
                continue;
            }
            if (!name.endsWith(".json") || Files.isDirectory(file)) {
                found.warnings.add(new ProfileWarning(file, FieldIssue.WHOLE_FILE, ProfileWarning.NOT_A_PROFILE));
                continue;
            }
            Optional<SafeProfile> profile = found.take(readSafeProfile(file, device));
            if (profile.isPresent() && safe.stream().anyMatch(p -> p.id().equals(profile.get().id()))) {
                found.problems.add(new ProfileProblem(file, "id", "'" + profile.get().id()
                        + "' is the id of another safe profile of this device"));
            } else {
                profile.ifPresent(safe::add);
            }
        }
        return safe;
    }

    /** Reads one device profile file. */
    public ReadResult<DeviceProfile> readDevice(Path file) {
        return read(file, DeviceProfileReader::read);
    }

    /**
     * Reads one safe profile file and, when {@code device} is present, checks that it fits that
     * device (same id, a wavelength it has, caps it can reach).
     */
    public ReadResult<SafeProfile> readSafeProfile(Path file, Optional<DeviceProfile> device) {
        return read(file, (tree, log) -> {
            Optional<SafeProfile> profile = SafeProfileReader.read(tree, log);
            if (profile.isPresent() && device.isPresent()) {
                log.issues(profile.get().problemsOn(device.get()));
            }
            return log.clean() ? profile : Optional.empty();
        });
    }

    private <T> ReadResult<T> read(Path file, BiFunction<JsonNode, ReadLog, Optional<T>> reader) {
        ReadLog log = new ReadLog();
        Optional<T> value = Optional.empty();
        try {
            value = reader.apply(json.readTree(Files.readString(file)), log);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            log.issue(FieldIssue.WHOLE_FILE, "not valid JSON: " + e.getOriginalMessage() + where);
        } catch (IOException e) {
            log.issue(FieldIssue.WHOLE_FILE, "cannot be read: " + e);
        }
        List<ProfileProblem> problems = log.issues().stream().map(i -> ProfileProblem.of(file, i)).toList();
        List<ProfileWarning> warnings = log.notes().stream().map(n -> ProfileWarning.of(file, n)).toList();
        return new ReadResult<>(problems.isEmpty() ? value : Optional.empty(), problems, warnings);
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Gathers results while loading. Not thread-safe; one per load. */
    private static final class Collector {
        final List<ProfileSet> sets = new ArrayList<>();
        final List<ProfileProblem> problems = new ArrayList<>();
        final List<ProfileWarning> warnings = new ArrayList<>();

        <T> Optional<T> take(ReadResult<T> result) {
            problems.addAll(result.problems());
            warnings.addAll(result.warnings());
            return result.value();
        }

        void add(LoadReport report) {
            sets.addAll(report.sets());
            problems.addAll(report.problems());
            warnings.addAll(report.warnings());
        }

        LoadReport report() {
            return new LoadReport(sets, problems, warnings);
        }
    }
}
