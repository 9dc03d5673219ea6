package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pulseguard.service.ServiceConfig;

/**
 * Live updates for the chair page: {@code GET /api/units/{id}/events} is a server-sent event stream
 * that starts with the unit's state and then carries every supervisor event, here an emergency stop
 * posted by another client; an unknown unit is a JSON 404, not a stream.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ServeLiveUpdatesIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path PROFILES = Path.of(System.getProperty("basedir", ".")).resolve("device-profiles");
    private static ServeRun run;
    private static ApiLogin login;

    @BeforeAll
    static void startTheService() throws Exception {
        Path data = Files.createTempDirectory("serve-live-it");
        ApiLogin.account(data, "tech-live", org.pulseguard.access.Role.TECHNICIAN);
        run = ServeRun.start(ServiceConfig.defaults().withPort(0), data, ZoneId.of("UTC"),
                PROFILES, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        login = ApiLogin.as(run.url(), "tech-live");
    }

    @AfterAll
    static void stopTheService() throws Exception {
        if (run != null) {
            run.close();
        }
    }

    @Test
    void aWatcher_getsTheStateFirst_thenTheEmergencyStopAnotherClientPosted() throws Exception {
        URI base = run.url().resolve("api/units/" + ServeRun.EMBEDDED_ID + "/");
        HttpResponse<InputStream> stream = HTTP.send(HttpRequest.newBuilder(base.resolve("events")).header("Cookie", login.cookie())
                        .header("Accept", "text/event-stream").build(), // as a browser's EventSource sends it
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // the stream ends when the service stops
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        assertThat(next(lines, "event: state")).isNotNull();
        String state = lines.poll(5, TimeUnit.SECONDS);
        assertThat(state).startsWith("data: ").contains("\"id\":\"" + ServeRun.EMBEDDED_ID + "\"");

        HttpResponse<String> stop = HTTP.send(HttpRequest.newBuilder(base.resolve("emergency-stop")).header("Cookie", login.cookie()).header("X-CSRF-Token", login.csrf())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stop.statusCode()).isEqualTo(200);

        String data = nextData(lines, "\"reason\":\"EMERGENCY_STOP\"");
        assertThat(data).as("the e-stop reached the watcher").isNotNull().contains("\"kind\":\"TRIP\"", "\"to\":\"EMERGENCY_STOPPED\"");
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // last (tests without @Order come at MAX_VALUE / 2): the watchers it opens may take a moment to be noticed gone
    void watchersBeyondTheCap_areRefused_andTheEmergencyStopStillAnswers() throws Exception {
        URI base = run.url().resolve("api/units/" + ServeRun.EMBEDDED_ID + "/");
        java.util.List<HttpResponse<InputStream>> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                open.add(HTTP.send(HttpRequest.newBuilder(base.resolve("events")).header("Cookie", login.cookie()).header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.ofInputStream()));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            HttpResponse<String> refused;
            do { // the watchers register as their streams start
                refused = HTTP.send(HttpRequest.newBuilder(base.resolve("events")).header("Cookie", login.cookie()).header("Accept", "text/event-stream")
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            } while (refused.statusCode() != 503 && System.nanoTime() < deadline);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).contains("TOO_MANY_WATCHERS");
            HttpResponse<String> stop = HTTP.send(HttpRequest.newBuilder(base.resolve("emergency-stop")).header("Cookie", login.cookie()).header("X-CSRF-Token", login.csrf())
                    .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stop.statusCode()).isEqualTo(200);
        } finally {
            for (HttpResponse<InputStream> r : open) {
                r.body().close();
            }
        }
    }

    @Test
    void aRequestThatDoesNotAskForAStream_isA406InPlainWords() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(run.url().resolve("api/units/" + ServeRun.EMBEDDED_ID + "/events")).header("Cookie", login.cookie())
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.body()).contains("Accept: text/event-stream");
    }

    @Test
    void anUnknownUnit_isAJson404_notAStream() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(run.url().resolve("api/units/nope/events")).header("Cookie", login.cookie())
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("\"code\":\"UNKNOWN_UNIT\"");
    }

    private static String next(BlockingQueue<String> lines, String wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (wanted.equals(line)) {
                return line;
            }
        }
        return null;
    }

    private static String nextData(BlockingQueue<String> lines, String fragment) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("data: ") && line.contains(fragment)) {
                return line;
            }
        }
        return null;
    }
}
