package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code pulseguard plan}, run in-process with captured output: exit 0 allowed, 1 refused, 2 bad input. */
class PlanCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = PulseguardCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String[] plan(String... more) {
        String[] base = {"plan", "--device", "reference-laser", "--profile", "tattoo-1064-fst-i-iii", "--skin-type", "III"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void plan_allowedSetpoint_printsFluenceVerdictAndRanges_andExitsZero() {
        // Given 1000 mJ on 4 mm at 5 Hz for skin type III / When planned
        int code = run(plan("--energy", "1000mJ", "--spot", "4mm", "--rate", "5Hz"));

        // Then 7.96 J/cm2, allowed, with the allowed ranges
        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("fluence    7.96 J/cm2 (1000 mJ on 4 mm)")
                .contains("verdict    ALLOWED")
                .contains("  energy     125.7..1200 mJ in 0.1 mJ steps at 4 mm")
                .contains("  spot       zoom 3.3..10 mm in 0.1 mm steps at 1000 mJ")
                .contains("  rate       0.5..5 Hz in 0.1 Hz steps");
    }

    @Test
    void plan_refusedSetpoint_printsEveryReason_andExitsOne() {
        // Given 1200 mJ on 3 mm at 7 Hz: fluence 16.98 J/cm2 and a rate above the profile's 5 Hz
        int code = run(plan("--energy", "1200mJ", "--spot", "3mm", "--rate", "7Hz", "--wavelength", "1064nm"));

        // Then refused with both reasons, each naming the profile that set the limit
        assertThat(code).isEqualTo(1);
        assertThat(out.toString())
                .contains("verdict    REFUSED, 2 reason(s):")
                .contains("  - rate 7 Hz is above the maximum 5 Hz (safe profile tattoo-1064-fst-i-iii 1.0.0)")
                .contains("  - fluence 16.977 J/cm2 (1200 mJ on 3 mm) is above the maximum 12 J/cm2 for skin type III"
                        + " (safe profile tattoo-1064-fst-i-iii 1.0.0)")
                .contains("  energy     70.7..848.2 mJ in 0.1 mJ steps at 3 mm");
    }

    @Test
    void plan_json_givesTheSameDecisionAsData() throws Exception {
        // Given a refused request on the Big Sky by file path / When planned as JSON
        int code = run("plan", "--device", "device-profiles/bigsky-cfr200/device.json", "--profile", "tattoo-532-fst-i-iii",
                "--skin-type", "IV", "--energy", "50mJ", "--spot", "5mm", "--rate", "5Hz", "--json");

        // Then the JSON carries the verdict, each refusal's parameter, value, limit and source, and the ranges
        assertThat(code).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.path("verdict").asText()).isEqualTo("refused");
        assertThat(doc.path("setpoint").path("energyMillijoules").asInt()).isEqualTo(50);
        assertThat(doc.path("refusals")).hasSize(2);
        assertThat(doc.path("refusals").get(0).path("parameter").asText()).isEqualTo("spot");
        assertThat(doc.path("refusals").get(0).path("limit").asText()).isEqualTo("handpieces 2, 3, 4, 6 mm");
        assertThat(doc.path("refusals").get(0).path("source").path("id").asText()).isEqualTo("bigsky-cfr200");
        assertThat(doc.path("refusals").get(1).path("parameter").asText()).isEqualTo("skin type");
        assertThat(doc.path("allowed").path("rate").path("maxHertz").asDouble()).isEqualTo(5.0);
        assertThat(doc.path("allowed").path("energy").isNull()).isTrue();
    }

    @Test
    void plan_numberWithoutUnit_isBadInputNamingTheOption() {
        assertThat(run(plan("--energy", "400", "--spot", "4mm", "--rate", "5Hz"))).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--energy': pulse energy '400' is not a number followed by a unit");
    }

    @Test
    void plan_unknownSkinType_isBadInputNamingTheOption() {
        String[] args = {"plan", "--device", "reference-laser", "--profile", "tattoo-1064-fst-i-iii", "--skin-type", "VII",
                "--energy", "400mJ", "--spot", "4mm", "--rate", "5Hz"};
        assertThat(run(args)).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--skin-type': skin type 'VII' is not a Fitzpatrick type");
    }

    @Test
    void plan_unknownDeviceOrProfile_isBadInputListingTheChoices() {
        String[] device = {"plan", "--device", "ruby-694", "--profile", "x", "--skin-type", "I", "--energy", "400mJ",
                "--spot", "4mm", "--rate", "5Hz"};
        assertThat(run(device)).isEqualTo(2);
        assertThat(err.toString()).contains("--device ruby-694: no such file, and no device folder")
                .contains("(devices: bigsky-cfr200, quantaray-lab150, reference-laser)");

        String[] profile = {"plan", "--device", "reference-laser", "--profile", "tattoo", "--skin-type", "I", "--energy", "400mJ",
                "--spot", "4mm", "--rate", "5Hz"};
        assertThat(run(profile)).isEqualTo(2);
        assertThat(err.toString()).contains("--profile tattoo: no valid safe profile with that id for reference-laser");
    }

    @Test
    void plan_missingOption_isBadInput() {
        assertThat(run("plan", "--device", "reference-laser", "--profile", "tattoo-1064-fst-i-iii")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required options");
    }

    @Test
    void plan_brokenDeviceProfile_isBadInputWithItsProblems() {
        String[] args = {"plan", "--device", "src/test/resources/profiles/broken/folders/folder-name-differs-from-id/reference/device.json",
                "--profile", "tattoo-1064-fst-i-iii", "--skin-type", "I", "--energy", "400mJ", "--spot", "4mm", "--rate", "5Hz"};
        assertThat(run(args)).isEqualTo(2);
        assertThat(err.toString()).contains("id: 'reference-laser' differs from its folder name 'reference'")
                .contains("the device profile is not valid");
    }
}
