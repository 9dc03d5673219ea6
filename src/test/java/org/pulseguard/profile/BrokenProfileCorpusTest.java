package org.pulseguard.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken profile files under src/test/resources/profiles/broken, one row per file in
 * broken/expected.tsv: each must be refused with a problem naming the expected field and reason.
 */
class BrokenProfileCorpusTest {
    private static final Path ROOT = Path.of("src/test/resources/profiles");
    private static final Path BROKEN = ROOT.resolve("broken");

    /** One row of expected.tsv. */
    record Case(String name, String fixture, String file, String field, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() throws IOException {
        return Files.readAllLines(BROKEN.resolve("expected.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(c -> new Case(c[0], c[1], c[2], c[3], c[4]))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenFile_whenLoaded_isRefusedNamingItsField(Case c) {
        // Given a broken profile file and the field it breaks
        // When it is loaded
        List<ProfileProblem> problems = load(c);

        // Then it is refused, and one problem names the file, the field and the reason
        assertThat(problems).as("problems of %s", c.name()).isNotEmpty();
        assertThat(problems).as("problems of %s", c.name()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(c.field());
            assertThat(p.reason().toLowerCase(Locale.ROOT)).contains(c.reason().toLowerCase(Locale.ROOT));
            assertThat(p.file().toString().replace('\\', '/')).endsWith(c.file().equals("-") ? c.name() : c.file());
            assertThat(p.toString()).startsWith(p.file() + ": " + c.field() + ": ");
        });
    }

    @Test
    void corpus_everyFileHasAnExpectedRow_andEveryRowAFile() throws IOException {
        // Given the files of the corpus and the rows of expected.tsv
        Set<String> rows = cases().stream().map(Case::name).collect(Collectors.toSet());
        Set<String> files;
        try (Stream<Path> device = Files.list(BROKEN.resolve("device"));
             Stream<Path> safe = Files.list(BROKEN.resolve("safe"));
             Stream<Path> folders = Files.list(BROKEN.resolve("folders"))) {
            files = Stream.of(device, safe, folders).flatMap(s -> s)
                    .map(p -> BROKEN.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }

        // Then each file is a case and each case a file (no broken file goes unchecked)
        assertThat(rows).containsExactlyInAnyOrderElementsOf(files);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
    }

    private static List<ProfileProblem> load(Case c) {
        ProfileLoader loader = new ProfileLoader();
        Path path = BROKEN.resolve(c.name());
        if (c.name().startsWith("device/")) {
            ReadResult<DeviceProfile> read = loader.readDevice(path);
            assertThat(read.value()).isEmpty();
            return read.problems();
        }
        if (c.name().startsWith("safe/")) {
            DeviceProfile device = loader.readDevice(ROOT.resolve("fixtures").resolve(c.fixture()).resolve("device.json"))
                    .value().orElseThrow();
            ReadResult<SafeProfile> read = loader.readSafeProfile(path, Optional.of(device));
            assertThat(read.value()).isEmpty();
            return read.problems();
        }
        LoadReport report = loader.loadDirectory(path);
        assertThat(report.isValid()).isFalse();
        return report.problems();
    }
}
