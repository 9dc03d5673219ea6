package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.audit.KnownJournal;

/**
 * {@code pulseguard audit} end to end through {@link PulseguardCommand#commandLine()} on a known
 * synthetic journal ({@link KnownJournal}): each subcommand's table and JSON, its exit code, and
 * that an audit leaves the journal's bytes as they were.
 */
class AuditCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private KnownJournal clinic;

    @BeforeEach
    void writeJournal() throws Exception {
        clinic = KnownJournal.write(dir);
    }

    private CliRun audit(String subcommand, String... args) {
        return new AuditCli(dir).run(subcommand, args);
    }

    private static JsonNode json(CliRun run) throws Exception {
        return JSON.readTree(run.out());
    }

    @Test
    void sessions_tableListsEverySession_andStderrNamesTheDataDirectory() {
        CliRun run = audit("sessions");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("data directory: " + dir.toAbsolutePath());
        assertThat(run.out()).contains("session", "opened", "UTC", "pulses", "refusals", "trips")
                .contains(clinic.first(), clinic.second(), clinic.third(), clinic.fourth())
                .contains("2026-03-02 09:00", "CET", "RECOVERY", "CL-0001", "op-anna");
        String firstRow = run.out().lines().filter(l -> l.startsWith(clinic.first())).findFirst().orElseThrow();
        assertThat(firstRow.split("\\s{2,}")).endsWith("17", "2", "1", "1");
    }

    @Test
    void sessions_json_byClient_isOnlyThatClientsSessions() throws Exception {
        CliRun run = audit("sessions", "--client", "CL-0001", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode sessions = json(run);
        assertThat(sessions).extracting(s -> s.get("session").asText()).containsExactly(clinic.first(), clinic.third());
        assertThat(sessions.get(0).get("pulses").asLong()).isEqualTo(17);
        assertThat(sessions.get(0).get("opened").asText()).isEqualTo(sessions.get(0).get("opened").asText()).endsWith("Z");
        assertThat(sessions.get(1).get("trips").asLong()).isEqualTo(1);
    }

    @Test
    void sessions_byUnitAndDates_takeTheSessionsOpenTime() throws Exception {
        CliRun byUnit = audit("sessions", "--unit", "SN-B200", "--json");
        CliRun byDays = audit("sessions", "--from", "2026-03-10T00:00:00Z", "--to", "2026-03-20T00:00:00Z", "--json");

        assertThat(json(byUnit)).extracting(s -> s.get("session").asText()).containsExactly(clinic.second(), clinic.fourth());
        assertThat(json(byDays)).extracting(s -> s.get("session").asText()).containsExactly(clinic.third());
    }

    @Test
    void sessions_unknownClient_isBadInputNamingIt() {
        CliRun run = audit("sessions", "--client", "CL-9999");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--client CL-9999: no such pseudonym");
    }

    @Test
    void session_showsRunsRefusalsAndTrips() throws Exception {
        CliRun text = audit("session", clinic.first());
        CliRun json = audit("session", clinic.first(), "--json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("CL-0001, skin type III, site left forearm", "Runs:", "INTERLOCK_OPENED",
                "fluence 7161972 ABOVE_MAXIMUM 3000000 (nd-yag-1064-dark-ink 1.2.0)", "400 mJ, 4 mm, 5 Hz, 1064 nm", "17 in 2 run(s)");
        JsonNode d = json(json);
        assertThat(d.get("runs")).extracting(r -> r.get("pulses").asLong()).containsExactly(12L, 5L);
        assertThat(d.get("runs").get(0).get("minMicrojoules").asLong()).isBetween(390_000L, 410_000L);
        assertThat(d.get("refusals").get(0).get("gateReasons").get(0).get("parameter").asText()).isEqualTo("fluence");
        assertThat(d.get("trips").get(0).get("reason").asText()).isEqualTo("INTERLOCK_OPENED");
    }

    @Test
    void session_unknownId_exitsOne() {
        CliRun run = audit("session", "0".repeat(32));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no session " + "0".repeat(32));
    }

    @Test
    void exceptions_listEveryKindTheContractNames() throws Exception {
        CliRun text = audit("exceptions");
        JsonNode found = json(audit("exceptions", "--json"));

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(found).extracting(e -> e.get("kind").asText()).containsExactly("SETPOINT_REFUSED", "TRIP", "COUNTER_RECONCILED",
                "SESSION_CLOSED", "SHORT_INTERVAL", "EMERGENCY_STOP", "SHORT_INTERVAL");
        assertThat(text.out()).contains("7 pulse(s) unaccounted", "opened 10 day(s) after session " + clinic.first(),
                "at least 28", "closed by recovery");
    }

    @Test
    void exceptions_window_byDate() throws Exception {
        JsonNode found = json(audit("exceptions", "--from", "2026-03-12", "--to", "2026-03-12", "--zone", "Europe/Berlin", "--json"));

        assertThat(found).extracting(e -> e.get("kind").asText()).containsExactly("SHORT_INTERVAL", "EMERGENCY_STOP");
    }

    @Test
    void dates_areDaysInTheZoneGiven() throws Exception {
        // The emergency stop at 2026-03-12T10:00:13Z is on the 12th in Berlin but on the 11th in Pago Pago (UTC-11).
        JsonNode pagoPago = json(audit("exceptions", "--from", "2026-03-11", "--to", "2026-03-11", "--zone", "Pacific/Pago_Pago", "--json"));

        assertThat(pagoPago).extracting(e -> e.get("kind").asText()).containsExactly("SHORT_INTERVAL", "EMERGENCY_STOP");
        assertThat(audit("sessions", "--zone", "Mars/Olympus").err()).contains("'Mars/Olympus' is not a time zone id");
    }

    @Test
    void badDate_isBadInputNamingTheValue() {
        CliRun run = audit("exceptions", "--from", "12.03.2026");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("12.03.2026").contains("ISO date");
    }

    @Test
    void verify_passes_andJsonSaysSo() throws Exception {
        CliRun text = audit("verify");
        JsonNode result = json(audit("verify", "--json"));

        assertThat(text.exitCode()).as(text.out() + text.err()).isZero();
        assertThat(text.out()).contains("OK");
        assertThat(result.get("ok").asBoolean()).isTrue();
        assertThat(result.get("problems")).isEmpty();
    }

    @Test
    void verify_onATamperedJournal_exitsOneNamingTheRecord() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db")); var s = c.createStatement()) {
            s.executeUpdate("UPDATE records SET canonical = replace(canonical, 'INTERLOCK_OPENED', 'INTERLOCK_CLOSED') WHERE kind = 'TRIP'");
        }
        long tripIndex = json(audit("exceptions", "--json")).findParents("kind").stream()
                .filter(n -> n.get("kind").asText().equals("TRIP")).findFirst().orElseThrow().get("index").asLong();

        CliRun run = audit("verify");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAILED: record " + tripIndex + ":");
    }

    @Test
    void checkpoint_out_thenVerifyAgainstIt_andAnEditedOneFails() throws Exception {
        Path kept = dir.resolve("kept.checkpoint");
        CliRun cp = audit("checkpoint", "--out", kept.toString());
        assertThat(cp.exitCode()).as(cp.err()).isZero();
        assertThat(cp.out()).startsWith("pulseguard journal checkpoint v1\n").isEqualTo(Files.readString(kept));

        assertThat(audit("verify", "--against", kept.toString()).exitCode()).isZero();
        Files.writeString(kept, Files.readString(kept).replaceFirst("time 2026", "time 2025"));
        CliRun edited = audit("verify", "--against", kept.toString());
        assertThat(edited.exitCode()).isEqualTo(1);
        assertThat(edited.out()).contains("exported checkpoint at size");
    }

    @Test
    void key_printsThePublicKey() throws Exception {
        CliRun run = audit("key");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(Files.readString(dir.resolve("signing-key.pub")).strip()).contains("key id ");
        assertThat(json(audit("key", "--json")).get("keyId").asText()).matches("[0-9a-f]{16}");
    }

    @Test
    void export_ofOneClient_verifiesWithTheKeyAlone_inBothFormats() throws Exception {
        String key = Files.readString(dir.resolve("signing-key.pub")).strip();
        for (String format : List.of("json", "csv")) {
            Path file = dir.resolve("export." + format);
            CliRun export = audit("export", "--format", format, "--client", "CL-0002", "--out", file.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            assertThat(Files.readString(file)).doesNotContain(clinic.first()).contains(clinic.second()).contains("PULSES_COUNTED");

            CliRun byText = CliRun.of("audit", "verify-export", file.toString(), "--key", key);
            CliRun byFile = CliRun.of("audit", "verify-export", file.toString(), "--key", dir.resolve("signing-key.pub").toString());
            assertThat(byText.exitCode()).as(byText.out() + byText.err()).isZero();
            assertThat(byFile.exitCode()).isZero();
            assertThat(byText.out()).startsWith("OK: ");
        }
        Path json = dir.resolve("export.json");
        Files.writeString(json, Files.readString(json).replace("RECOVERY", "OPERATOR"));
        CliRun edited = CliRun.of("audit", "verify-export", json.toString(), "--key", key, "--json");
        assertThat(edited.exitCode()).isEqualTo(1);
        assertThat(JSON.readTree(edited.out()).get("problems").get(0).get("why").asText()).contains("not included");
    }

    @Test
    void verifyExport_badKey_isBadInput() {
        CliRun run = CliRun.of("audit", "verify-export", dir.resolve("none.json").toString(), "--key", "ed25519:abc");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--key ed25519:abc");
    }

    @Test
    void aQueryNeverWritesTheJournal() throws Exception {
        String before = digest(dir.resolve("journal.db"));

        assertThat(List.of(audit("sessions"), audit("exceptions"), audit("verify"), audit("session", clinic.first()), audit("checkpoint"),
                audit("export", "--format", "json", "--out", dir.resolve("all.json").toString()))).allMatch(run -> run.exitCode() == 0);

        assertThat(digest(dir.resolve("journal.db"))).isEqualTo(before);
    }

    @Test
    void noJournalInTheDataDirectory_isIoTroubleNamingTheFile(@TempDir Path empty) {
        CliRun run = CliRun.of("audit", "sessions", "--data", empty.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("no journal at " + empty.resolve("journal.db"));
        assertThat(empty.resolve("journal.db")).doesNotExist();
    }

    @Test
    void defaultDataDirectory_followsXdg() {
        assertThat(DataDirectory.defaultFor(Map.of("XDG_DATA_HOME", "/srv/data"), "/home/lso")).isEqualTo(Path.of("/srv/data/pulseguard"));
        assertThat(DataDirectory.defaultFor(Map.of("XDG_DATA_HOME", "relative"), "/home/lso"))
                .isEqualTo(Path.of("/home/lso/.local/share/pulseguard"));
        assertThat(DataDirectory.defaultFor(Map.of(), "/home/lso")).isEqualTo(Path.of("/home/lso/.local/share/pulseguard"));
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
