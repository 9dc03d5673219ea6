package org.pulseguard.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the loader collects problems and warnings across fields, files and folders. */
class ProfileLoaderTest {
    private static final Path FIXTURE = Path.of("src/test/resources/profiles/fixtures/reference-laser/device.json");
    private final ProfileLoader loader = new ProfileLoader();

    @TempDir
    Path dir;

    @Test
    void readDevice_withSeveralFaults_reportsEveryOneNotJustTheFirst() throws IOException {
        // Given a device profile with three unrelated faults
        String text = Files.readString(FIXTURE)
                .replace("\"fraction\": 0.15", "\"fraction\": 0.3")
                .replace("\"maxMillijoules\": 600", "\"maxMillijoules\": 600, \"maxJoules\": 0.6")
                .replace("\"periodMilliseconds\": 500", "\"periodMilliseconds\": \"500 ms\"");
        Path file = Files.writeString(dir.resolve("device.json"), text);

        // When it is read
        ReadResult<DeviceProfile> read = loader.readDevice(file);

        // Then all three are reported, each with its field path
        assertThat(read.value()).isEmpty();
        assertThat(read.problems()).extracting(ProfileProblem::field).containsExactlyInAnyOrder(
                "measuredEnergyTolerance.fraction", "wavelengths[1].energy.maxJoules", "watchdog.periodMilliseconds");
    }

    @Test
    void readDevice_withPlaceholderSources_isValidAndWarns() {
        // Given the reference fixture, whose pulse width is a placeholder
        // When it is read
        ReadResult<DeviceProfile> read = loader.readDevice(FIXTURE);

        // Then it is valid, and the placeholder is a warning naming the block
        assertThat(read.problems()).isEmpty();
        assertThat(read.value()).isPresent();
        assertThat(read.warnings()).anySatisfy(w -> {
            assertThat(w.field()).isEqualTo("pulseWidth.source");
            assertThat(w.message()).startsWith("placeholder");
        });
    }

    @Test
    void readSafeProfile_withoutADevice_checksOnlyItself() throws IOException {
        // Given a safe profile whose cap the Big Sky cannot reach, read without a device
        Path file = Path.of("src/test/resources/profiles/broken/safe/cap-the-unit-cannot-reach.json");

        // When it is read alone
        ReadResult<SafeProfile> read = loader.readSafeProfile(file, Optional.empty());

        // Then it is valid on its own (the fit to a unit is a separate check)
        assertThat(read.problems()).isEmpty();
        assertThat(read.value().orElseThrow().deviceId()).isEqualTo("bigsky-cfr200");
    }

    @Test
    void loadDirectory_whenMissing_isOneProblem() {
        // Given a folder that does not exist / When loaded
        LoadReport report = loader.loadDirectory(dir.resolve("nothing-here"));

        // Then it is one problem naming the folder
        assertThat(report.isValid()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("not a readable folder"));
    }

    @Test
    void loadDeviceFolder_withNotesAndBrokenProfile_keepsTheValidOnes() throws IOException {
        // Given a device folder with a README, a valid safe profile and a broken one
        Path folder = Files.createDirectories(dir.resolve("reference-laser"));
        Files.copy(FIXTURE, folder.resolve("device.json"));
        Files.writeString(folder.resolve("README.md"), "notes");
        Files.copy(Path.of("device-profiles/reference-laser/tattoo-1064-fst-i-iii.json"), folder.resolve("good.json"));
        Files.copy(Path.of("src/test/resources/profiles/broken/safe/interval-below-4-weeks.json"), folder.resolve("bad.json"));

        // When the folder is loaded
        LoadReport report = loader.loadDeviceFolder(folder);

        // Then the broken one is a problem, the valid one is kept, the README is ignored
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(folder.resolve("bad.json"));
            assertThat(p.field()).isEqualTo("minIntervalBetweenSessions.days");
        });
        assertThat(report.set("reference-laser").orElseThrow().safeProfiles()).extracting(SafeProfile::id)
                .containsExactly("tattoo-1064-fst-i-iii");
        assertThat(report.warnings()).noneSatisfy(w -> assertThat(w.file().toString()).endsWith("README.md"));
    }
}
