package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pulseguard.access.Role;
import org.pulseguard.service.ServiceConfig;

/**
 * Issue 9 item 5 over HTTP: nothing answers without a login, every change needs the CSRF token, and
 * what each role may do is the access policy's: the safety officer and the admin may stop emission
 * but not operate a unit. Login failures are plain 401s, repeated ones a 429 with Retry-After; the
 * session cookie is HttpOnly and SameSite=Strict.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ServeAccessIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path PROFILES = Path.of(System.getProperty("basedir", ".")).resolve("device-profiles");
    private static ServeRun run;

    @BeforeAll
    static void startTheService() throws Exception {
        Path data = Files.createTempDirectory("serve-access-it");
        ApiLogin.account(data, "tech-acc", Role.TECHNICIAN);
        ApiLogin.account(data, "lso-acc", Role.SAFETY_OFFICER);
        ApiLogin.account(data, "adm-acc", Role.ADMIN);
        ApiLogin.account(data, "guess-me", Role.TECHNICIAN);
        run = ServeRun.start(ServiceConfig.defaults().withPort(0), data, ZoneId.of("UTC"), PROFILES,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stopTheService() throws Exception {
        if (run != null) {
            run.close();
        }
    }

    private static HttpResponse<String> send(String method, String path, ApiLogin login, boolean csrf, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(run.url().resolve(path)).header("Content-Type", "application/json");
        if (login != null) {
            b.header("Cookie", login.cookie());
            if (csrf) {
                b.header("X-CSRF-Token", login.csrf());
            }
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET api/health", "GET api/units", "GET api/units/sim-1", "GET api/units/sim-1/events", "GET api/me",
            "POST api/units/sim-1/emergency-stop", "POST api/units/sim-1/standby", "POST api/logout", "POST api/password",
            "GET api/anything-else"})
    void withoutALogin_nothingAnswers_butA401(String request) throws Exception {
        String[] parts = request.split(" ");
        HttpResponse<String> r = send(parts[0], parts[1], null, false, null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("\"code\":\"LOGIN_REQUIRED\"", "log in first");
    }

    @Test
    void theSessionCookie_isHttpOnly_andSameSiteStrict() throws Exception {
        HttpResponse<String> r = send("POST", "api/login", null, false, "{\"user\":\"tech-acc\",\"password\":\"" + ApiLogin.PASSWORD + "\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Strict", "Path=/");
        assertThat(r.body()).contains("\"role\":\"TECHNICIAN\"", "\"csrfToken\":", "OPERATE_UNIT").doesNotContain(ApiLogin.PASSWORD);
    }

    @Test
    void aChangeWithoutTheCsrfToken_isRefused_andChangesNothing() throws Exception {
        ApiLogin tech = ApiLogin.as(run.url(), "tech-acc");
        HttpResponse<String> r = send("POST", "api/units/sim-1/standby", tech, false, null);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("CSRF_TOKEN_MISSING");
        HttpResponse<String> forged = send("POST", "api/units/sim-1/standby", new ApiLogin(tech.cookie(), "not-the-token"), true, null);
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void theSafetyOfficer_watchesAndMayStopEmission_butCannotOperateAUnit() throws Exception {
        ApiLogin lso = ApiLogin.as(run.url(), "lso-acc");
        assertThat(send("GET", "api/units", lso, false, null).statusCode()).isEqualTo(200);
        HttpResponse<String> standby = send("POST", "api/units/sim-1/standby", lso, true, null);
        assertThat(standby.statusCode()).isEqualTo(403);
        assertThat(standby.body()).contains("\"code\":\"NOT_ALLOWED\"", "a safety officer may not operate unit");
        assertThat(send("POST", "api/units/sim-1/emergency-stop", lso, true, null).statusCode()).isEqualTo(200);
    }

    @Test
    void theAdmin_cannotOperateAUnit_butMayStopEmission() throws Exception {
        ApiLogin admin = ApiLogin.as(run.url(), "adm-acc");
        assertThat(send("POST", "api/units/sim-1/standby", admin, true, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "api/units/sim-1/emergency-stop", admin, true, null).statusCode()).isEqualTo(200);
    }

    @Test
    void theTechnician_mayOperate() throws Exception {
        ApiLogin tech = ApiLogin.as(run.url(), "tech-acc");
        assertThat(send("POST", "api/units/sim-1/standby", tech, true, null).statusCode()).isEqualTo(200);
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // last: its failures throttle every login from this address
    void badLogins_areA401_orA400ForAMalformedBody_andGuessingIsThrottled() throws Exception {
        for (String body : List.of("{not json", "[]", "{\"user\":\"guess-me\"}", "{\"user\":\"guess-me\",\"password\":7}")) {
            HttpResponse<String> r = send("POST", "api/login", null, false, body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(r.body()).contains("BAD_REQUEST");
        }
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = send("POST", "api/login", null, false, "{\"user\":\"guess-me\",\"password\":\"wrong-" + i + "\"}");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("wrong user name or password");
        }
        HttpResponse<String> throttled = send("POST", "api/login", null, false,
                "{\"user\":\"guess-me\",\"password\":\"" + ApiLogin.PASSWORD + "\"}");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void afterLogout_theCookieOpensNothing() throws Exception {
        ApiLogin tech = ApiLogin.as(run.url(), "tech-acc");
        assertThat(send("POST", "api/logout", tech, true, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "api/units", tech, false, null).statusCode()).isEqualTo(401);
    }

    @Test
    void me_saysWhoIsLoggedIn_andWhatTheyMayDo() throws Exception {
        ApiLogin lso = ApiLogin.as(run.url(), "lso-acc");
        HttpResponse<String> r = send("GET", "api/me", lso, false, null);
        assertThat(r.body()).contains("\"user\":\"lso-acc\"", "READ_AUDIT", "EMERGENCY_STOP").doesNotContain("OPERATE_UNIT");
    }
}
