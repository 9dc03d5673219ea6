package org.pulseguard.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository stands alone: no file cites the workspace's shared notes, which are not part of
 * it. Facts are cited from primary sources through docs/references.md instead.
 */
class RepositoryStandsAloneTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    /** Built from parts so that this file does not match itself. */
    private static final List<String> FORBIDDEN = List.of(".." + "/shared", "shared" + "/reference", "shared" + "/guide");
    /** Build output and tool state, never tracked (see .gitignore). */
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", ".idea", ".jqwik-database");

    @Test
    void noFile_citesTheSharedNotesOutsideTheRepository() throws IOException {
        // Given every file of the repository / When each is searched
        List<String> citing = filesCitingSharedNotes(BASE);

        // Then none mentions them
        assertThat(citing).as("files citing notes outside the repository (cite docs/references.md instead)").isEmpty();
    }

    @Test
    void aCitationOfTheSharedNotes_isFound(@TempDir Path dir) throws IOException {
        // Given a tree with one clean file, one citing file and one in build output
        Files.writeString(dir.resolve("clean.md"), "see docs/references.md#kilmer-1993\n");
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/cites.md"), "facts from ../" + "shar" + "ed/reference/x.md\n");
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/out.txt"), "../" + "shar" + "ed/guide/STYLE.md\n");

        // When / Then only the tracked citing file is reported
        assertThat(filesCitingSharedNotes(dir)).containsExactly("docs/cites.md");
    }

    private static List<String> filesCitingSharedNotes(Path root) throws IOException {
        Path buildDir = Path.of(System.getProperty("pulseguard.build.dir", root.resolve("target").toString()))
                .toAbsolutePath().normalize();
        List<String> citing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = root.relativize(file);
                if (skipped(relative) || file.toAbsolutePath().normalize().startsWith(buildDir)) {
                    continue;
                }
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (FORBIDDEN.stream().anyMatch(text::contains)) {
                    citing.add(relative.toString().replace('\\', '/'));
                }
            }
        }
        return citing.stream().sorted().toList();
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }
}
