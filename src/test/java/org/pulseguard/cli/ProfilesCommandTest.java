package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pulseguard profiles check}, run in-process with captured output. */
class ProfilesCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final CommandLine cli = PulseguardCommand.commandLine();

    private int run(String... args) {
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void check_shippedProfiles_exitsZeroWithSummaryAndPlaceholders() {
        // Given the shipped device-profiles/ / When checked with the default folder
        int code = run("profiles", "check");

        // Then it passes, summarising each unit and its placeholders, one line per file and kind
        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("reference-laser 1.0.0  PG-RL1064 (reference, 115200 8N1)")
                .contains("  tattoo-532-fst-i-iii 1.0.0  Tattoo removal, 532 nm")
                .containsPattern("warning: device-profiles/reference-laser/device.json: \\d+ placeholder\\(s\\) to confirm \\(.*pulseWidth.source")
                .doesNotContain("pulseWidth.source: placeholder:")
                .contains("device-profiles: 3 device profile(s), 12 safe profile(s), all valid")
                .contains("placeholder(s) for the medical director or LSO to confirm");
        assertThat(out.toString().lines().filter(l -> l.startsWith("warning: device-profiles/reference-laser/device.json")
                && l.contains("placeholder"))).hasSize(1);
    }

    @Test
    void check_verbose_listsEveryWarning() {
        int code = run("profiles", "check", "--verbose");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("warning: device-profiles/reference-laser/device.json: pulseWidth.source: placeholder:");
        assertThat(out.toString().lines().filter(l -> l.startsWith("warning: device-profiles/reference-laser/device.json")).count())
                .isGreaterThan(1);
    }

    @Test
    void check_folderWithNoProfiles_exitsOne_andCallsOtherFilesWhatTheyAre() throws IOException {
        // Given a folder with only a text file
        Files.writeString(dir.resolve("readme.txt"), "notes");

        // When checked
        int code = run("profiles", "check", dir.toString());

        // Then no profile is a failure, and the text file is "not a profile", not a placeholder
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains(dir.resolve("readme.txt") + ": not a profile (ignored)")
                .contains("no device profile found").contains("1 file(s) that are not profiles")
                .doesNotContain("placeholder");
    }

    @Test
    void check_folderWithBrokenFiles_exitsOneWithOneLinePerProblem() throws IOException {
        // Given a folder whose safe profiles break three rules in two files
        Path unit = Files.createDirectories(dir.resolve("reference-laser"));
        Files.copy(Path.of("src/test/resources/profiles/fixtures/reference-laser/device.json"), unit.resolve("device.json"));
        Files.copy(Path.of("src/test/resources/profiles/broken/safe/1064-cap-above-12.json"), unit.resolve("a.json"));
        Files.writeString(unit.resolve("b.json"), Files.readString(Path.of("src/test/resources/profiles/broken/safe/interval-below-4-weeks.json"))
                .replace("\"count\": 1000", "\"count\": 0").replace("\"id\": \"tattoo-1064-fst-i-iii\"", "\"id\": \"b\""));

        // When checked
        int code = run("profiles", "check", dir.toString());

        // Then it fails with one FILE: FIELD: REASON line per problem
        assertThat(code).isEqualTo(1);
        String[] problems = Arrays.stream(out.toString().split("\\R")).filter(l -> l.startsWith(dir.toString())).toArray(String[]::new);
        assertThat(problems).hasSize(3);
        assertThat(problems[0]).isEqualTo(unit.resolve("a.json") + ": fluence.III.maxJoulesPerSquareCentimetre: 12.50 J/cm2 is above"
                + " the hard maximum 12.00 J/cm2 at 1064 nm (Kilmer 1993 6-12 J/cm2 tested; FDA-cleared labelling for skin types I-VI)");
        assertThat(problems[1]).startsWith(unit.resolve("b.json") + ": maxPulsesPerSession.count: ");
        assertThat(problems[2]).startsWith(unit.resolve("b.json") + ": minIntervalBetweenSessions.days: 21 days");
        assertThat(out.toString()).contains("3 problem(s) in " + dir);
    }

    @Test
    void check_missingFolder_isBadInput() {
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("profiles", "check", dir.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nowhere does not exist");
    }

    @Test
    void check_afterTheCalibrationExpired_warnsThatTheUnitCannotBeArmed() {
        // Given a day after the shipped calibrations' last valid day
        ProfilesCommand.Check check = cli.getSubcommands().get("profiles").getSubcommands().get("check").getCommand();
        check.clock = Clock.fixed(Instant.parse("2027-11-01T09:00:00Z"), ZoneOffset.UTC);

        // When checked / Then still valid, with a warning per unit
        assertThat(run("profiles", "check")).isZero();
        assertThat(out.toString()).contains("warning: device-profiles/reference-laser/device.json: calibration.validUntil:"
                + " the calibration is not valid today (2027-11-01, valid 2026-11-01..2027-10-31): the unit cannot be armed");
    }
}
