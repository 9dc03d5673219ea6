package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pulseguard.journal.record.CanonicalJson;
import org.pulseguard.journal.store.JournalStore;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.profile.SkinType;
import org.pulseguard.service.ServedUnit;
import org.pulseguard.service.ServiceConfig;
import org.pulseguard.session.Checklist;
import org.pulseguard.session.ClientPseudonym;
import org.pulseguard.session.SessionRequest;
import org.pulseguard.session.SessionState;
import org.pulseguard.device.Setpoint;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

/**
 * {@code pulseguard serve} in this JVM on a free port over its embedded simulated laser, with a
 * fresh data directory: the API answers in JSON, an emergency stop reaches the supervisor and the
 * journal, errors are JSON with plain words, and the clean shutdown closes the open session in the
 * journal. The tests run in order on one service (it takes a few seconds to start).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path PROFILES = Path.of(System.getProperty("basedir", ".")).resolve("device-profiles");

    private static Path data;
    private static ServeRun run;
    private static ServedUnit unit;
    private static ApiLogin login;

    @BeforeAll
    static void startTheService() throws Exception {
        data = Files.createTempDirectory("serve-api-it");
        ApiLogin.account(data, "tech-it", org.pulseguard.access.Role.TECHNICIAN);
        run = ServeRun.start(ServiceConfig.defaults().withPort(0), data, ZoneId.of("UTC"), PROFILES,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        unit = run.service().units().find(ServeRun.EMBEDDED_ID).orElseThrow();
        login = ApiLogin.as(run.url(), "tech-it");
    }

    @AfterAll
    static void stopTheService() throws Exception {
        if (run != null) {
            run.close();
        }
    }

    @Test
    @Order(1)
    void theService_listensOnLoopback_onTheFreePortItTook() {
        assertThat(run.url().getHost()).isEqualTo("127.0.0.1");
        assertThat(run.url().getPort()).isPositive();
    }

    @Test
    @Order(2)
    void getUnits_listsTheEmbeddedUnit_withItsLiveState() throws Exception {
        HttpResponse<String> response = get("api/units");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode units = JSON.readTree(response.body());
        assertThat(units).hasSize(1);
        JsonNode sim = units.get(0);
        assertThat(sim.path("id").asText()).isEqualTo("sim-1");
        assertThat(sim.path("model").asText()).isEqualTo("PG-RL1064");
        assertThat(sim.path("serial").asText()).isEqualTo("SIM-0001");
        assertThat(sim.path("dialect").asText()).isEqualTo("reference");
        assertThat(sim.path("state").asText()).isEqualTo("IDLE");
        assertThat(sim.path("sessionOpen").asBoolean()).isFalse();
        assertThat(sim.path("sessionPulses").asLong()).isZero();
        assertThat(sim.get("setpoint").isNull()).isTrue();
    }

    @Test
    @Order(3)
    void getHealth_saysTheServiceAndTheJournalWork() throws Exception {
        HttpResponse<String> response = get("api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.path("units").asInt()).isEqualTo(1);
        assertThat(health.path("journal").asText()).isEqualTo("writing");
    }

    @Test
    @Order(4)
    void getOneUnit_showsTheOpenSession() throws Exception {
        ProfileSet set = LaserConnections.load(PROFILES, "reference-laser");
        assertThat(unit.supervisor().openSession(new SessionRequest("tech-it", new ClientPseudonym("C-SERVE001"), SkinType.II,
                "left-forearm", false, set.safeProfile("tattoo-1064-fst-i-iii").orElseThrow(),
                new Checklist(true, true, true, true))).accepted()).isTrue();

        JsonNode sim = JSON.readTree(get("api/units/sim-1").body());

        assertThat(sim.path("state").asText()).isEqualTo("STANDBY");
        assertThat(sim.path("sessionOpen").asBoolean()).isTrue();
    }

    @Test
    @Order(5)
    void postEmergencyStop_stopsTheUnit_andTheJournalRecordsIt() throws Exception {
        HttpResponse<String> response = post("api/units/sim-1/emergency-stop", "");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode outcome = JSON.readTree(response.body());
        assertThat(outcome.path("accepted").asBoolean()).isTrue();
        assertThat(outcome.path("state").asText()).isEqualTo("EMERGENCY_STOPPED");
        assertThat(unit.supervisor().state()).isEqualTo(SessionState.EMERGENCY_STOPPED);
        assertThat(JSON.readTree(get("api/units/sim-1").body()).path("state").asText()).isEqualTo("EMERGENCY_STOPPED");
    }

    @Test
    @Order(6)
    void emergencyStop_isCarriedOut_whateverTheRequestBodySays() throws Exception {
        HttpResponse<String> response = post("api/units/sim-1/emergency-stop", "{not json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(unit.supervisor().state()).isEqualTo(SessionState.EMERGENCY_STOPPED);
    }

    @Test
    @Order(7)
    void postStandby_afterAnEmergencyStop_keepsTheLatch_itIsNoReset() throws Exception {
        HttpResponse<String> response = post("api/units/sim-1/standby", "");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode outcome = JSON.readTree(response.body());
        assertThat(outcome.path("reason").asText()).isEqualTo("STANDBY_REQUESTED");
        assertThat(outcome.path("state").asText()).isEqualTo("EMERGENCY_STOPPED");
        assertThat(unit.supervisor().state()).isEqualTo(SessionState.EMERGENCY_STOPPED);
    }

    @Test
    @Order(7)
    void anUnknownUnit_isA404_namingTheUnitsThatExist() throws Exception {
        assertError(post("api/units/room-9/emergency-stop", ""), 404, "UNKNOWN_UNIT", "there is no unit 'room-9'; units: sim-1");
        assertError(post("api/units/room-9/standby", ""), 404, "UNKNOWN_UNIT", "there is no unit 'room-9'; units: sim-1");
        assertError(get("api/units/room-9"), 404, "UNKNOWN_UNIT", "there is no unit 'room-9'; units: sim-1");
    }

    @Test
    @Order(8)
    void anUnknownRoute_isA404InJson() throws Exception {
        assertError(get("api/lasers"), 404, "NOT_FOUND", "there is nothing at GET /api/lasers");
        assertError(get(""), 404, "NOT_FOUND", "there is nothing at GET /");
    }

    @Test
    @Order(9)
    void aWrongMethod_isA405InJson() throws Exception {
        assertError(post("api/units", "{}"), 405, "METHOD_NOT_ALLOWED", "POST is not allowed on /api/units");
        assertError(get("api/units/sim-1/emergency-stop"), 405, "METHOD_NOT_ALLOWED",
                "GET is not allowed on /api/units/sim-1/emergency-stop");
    }

    @Test
    @Order(10)
    void aMalformedRequest_isA400InJson_withoutAStackTrace() throws Exception {
        String raw = rawRequest("GET /api/units/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(raw).startsWith("HTTP/1.1 400");
        String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
        assertThat(JSON.readTree(body).path("error").path("code").asText()).isEqualTo("HTTP_400");
        assertThat(raw).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @Order(11)
    void theCleanShutdown_putsAnArmedUnitInStandby_closesTheSessionInTheJournal_andMarksItClean() throws Exception {
        // Given the unit reset after the emergency stop and armed again (READY) in the open session
        assertThat(unit.supervisor().reset().accepted()).isTrue();
        assertThat(unit.supervisor().applySetpoint(new Setpoint(PulseEnergy.ofMillijoules(400), SpotDiameter.ofMillimetres(4),
                RepetitionRate.ofHertz(5), Wavelength.ND_YAG_1064)).accepted()).isTrue();
        assertThat(unit.supervisor().arm().accepted()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> unit.supervisor().state() == SessionState.READY);
        assertThat(JSON.readTree(get("api/units/sim-1").body()).path("setpoint").path("energyMillijoules").asInt()).isEqualTo(400);

        // When the service stops as on SIGTERM
        run.close();

        // Then the laser was told STANDBY, the session closed by shutdown, the journal sealed and marked clean
        List<JsonNode> records = records(data);
        List<String> kinds = records.stream().map(r -> r.path("kind").asText()).toList();
        assertThat(kinds).contains("JOURNAL_OPENED", "UNIT_CONNECTED", "SESSION_OPENED", "EMERGENCY_STOP", "ARMED");
        int armed = kinds.lastIndexOf("ARMED");
        int standby = kinds.lastIndexOf("STANDBY");
        int closed = kinds.lastIndexOf("SESSION_CLOSED");
        assertThat(standby).as("STANDBY after the last ARMED").isGreaterThan(armed);
        assertThat(records.get(standby).path("from").asText()).isEqualTo("READY");
        assertThat(closed).as("SESSION_CLOSED after the STANDBY").isGreaterThan(standby);
        assertThat(records.get(closed).path("how").asText()).isEqualTo("SHUTDOWN");
        assertThat(unit.supervisor().state()).isEqualTo(SessionState.IDLE);
        assertThat(data.resolve("shutdown-clean")).exists();
        assertThatThrownBy(() -> get("api/health")).as("no longer listening").isInstanceOf(java.net.ConnectException.class);
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String message) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo(code);
        assertThat(error.path("message").asText()).startsWith(message);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(run.url().resolve(path)).header("Cookie", login.cookie()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(run.url().resolve(path)).header("Content-Type", "application/json")
                .header("Cookie", login.cookie()).header("X-CSRF-Token", login.csrf())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request java.net.http would refuse to send (a malformed URI), written on a socket. */
    private static String rawRequest(String request) throws Exception {
        URI url = run.url();
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<JsonNode> records(Path dir) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (JournalStore store = JournalStore.openForReading(dir)) {
            store.scan(0, store.size(), row -> out.add(CanonicalJson.parseCanonical(row.canonical())));
        }
        return out;
    }
}
