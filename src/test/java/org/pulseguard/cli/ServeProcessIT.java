package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.journal.record.CanonicalJson;
import org.pulseguard.journal.store.JournalStore;

/**
 * {@code java -jar target/pulseguard.jar serve} as a child process, as a clinic runs it: it prints
 * its URL when ready, answers, and SIGTERM ({@link Process#destroy()} on Linux) is a clean shutdown
 * with exit 0 and a sealed journal; a bad config or a bind beyond loopback ends at once with exit 2.
 */
class ServeProcessIT {
    private static final Path JAR = Path.of("target/pulseguard.jar").toAbsolutePath();
    /** A bound against a hang, not a timing assertion. */
    private static final long HANG_GUARD_SECONDS = 60;
    private static final Pattern READY = Pattern.compile("pulseguard serve ready at (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void sigterm_standsTheServiceDownCleanly_exitZero_journalSealed() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("serve.log");
        Process serve = pulseguard(ProcessBuilder.Redirect.to(log.toFile()), "serve", "--port", "0", "--data", data.toString());
        Matcher ready = awaitReady(serve, log);

        URI service = URI.create(ready.group(1));
        java.util.regex.Matcher announced = java.util.regex.Pattern.compile("account 'admin' created with the one-time password (\\S+)")
                .matcher(Files.readString(log));
        assertThat(announced.find()).as("the first start announces the admin's one-time password").isTrue();
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.resolve("api/units")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("no answer without a login").isEqualTo(401);
        ApiLogin admin = ApiLogin.as(service, "admin", announced.group(1));
        HttpResponse<String> beforeChange = HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.resolve("api/units"))
                .header("Cookie", admin.cookie()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(beforeChange.statusCode()).as("the one-time password must be changed first").isEqualTo(403);
        HttpResponse<String> changed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.resolve("api/password"))
                .header("Cookie", admin.cookie()).header("X-CSRF-Token", admin.csrf()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"current\":\"" + announced.group(1) + "\",\"new\":\"clinic-lead-secret-7\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        HttpResponse<String> units = HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.resolve("api/units"))
                .header("Cookie", admin.cookie()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(units.statusCode()).isEqualTo(200);
        assertThat(units.body()).contains("\"id\":\"sim-1\"");

        serve.destroy();
        assertThat(serve.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).as("stopped").isTrue();
        String output = Files.readString(log);
        assertThat(serve.exitValue()).as("exit code; output:\n" + output).isZero();
        assertThat(output).contains("stopped cleanly");
        java.util.regex.Matcher oneTime = java.util.regex.Pattern.compile("account 'admin' created with the one-time password (\\S+)")
                .matcher(output);
        assertThat(oneTime.find()).as("first start announces the admin's one-time password; output:\n" + output).isTrue();
        try (org.pulseguard.access.UserStore users = org.pulseguard.access.UserStore.open(data,
                org.pulseguard.access.PasswordHasher.DEFAULT, java.time.Clock.systemUTC())) {
            assertThat(users.passwordMatches("admin", oneTime.group(1).toCharArray())).as("changed over the API").isFalse();
            assertThat(users.passwordMatches("admin", "clinic-lead-secret-7".toCharArray())).isTrue();
            assertThat(users.find("admin").orElseThrow().mustChangePassword()).isFalse();
        }
        assertThat(kinds(data)).contains("JOURNAL_OPENED", "UNIT_CONNECTED", "COUNTER_RECONCILED");
        assertThat(data.resolve("shutdown-clean")).as("clean shutdown mark").exists();

        // The next start finds the clean shutdown: nothing to recover.
        Process again = pulseguard(ProcessBuilder.Redirect.to(dir.resolve("again.log").toFile()), "serve", "--port", "0",
                "--data", data.toString());
        awaitReady(again, dir.resolve("again.log"));
        again.destroy();
        assertThat(again.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).isZero();
        assertThat(previousShutdowns(data)).containsExactly("FIRST_START", "CLEAN");
        assertThat(Files.readString(dir.resolve("again.log"))).as("the one-time password is shown once").doesNotContain("one-time password");
    }

    @Test
    void aBadConfig_endsAtOnce_withExitTwo_namingTheFileAndField() throws Exception {
        Path config = dir.resolve("serve.json");
        Files.writeString(config, "{\"units\": [{\"id\": \"room-1\", \"port\": \"/dev/ttyUSB0\", \"dialect\": \"lumenis\","
                + " \"deviceProfile\": \"reference-laser\"}]}");

        Process serve = pulseguard(ProcessBuilder.Redirect.PIPE, "serve", "--config", config.toString(), "--data", dir.resolve("data").toString());

        assertThat(serve.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        String output = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(serve.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains(config + ": units[0].dialect: \"lumenis\"; expected reference, bigsky or quantaray")
                .doesNotContain("Exception");
    }

    @Test
    void aBindBeyondLoopback_isRefused_withoutTheConfigsExplicitPermission() throws Exception {
        Process serve = pulseguard(ProcessBuilder.Redirect.PIPE, "serve", "--bind", "0.0.0.0", "--port", "0", "--data", dir.resolve("data").toString());

        assertThat(serve.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        String output = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(serve.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("--bind: '0.0.0.0' is not a loopback address").contains("\"allowNonLoopback\": true");
        assertThat(dir.resolve("data")).as("nothing started").doesNotExist();
    }

    @Test
    void aPortInUse_endsWithExitOne_namingIt_andLeavesTheJournalClean() throws Exception {
        Path data = dir.resolve("data");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Process serve = pulseguard(ProcessBuilder.Redirect.PIPE, "serve", "--port", Integer.toString(taken.getLocalPort()),
                    "--data", data.toString());

            assertThat(serve.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
            String output = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(serve.exitValue()).as(output).isEqualTo(1);
            assertThat(output).contains("127.0.0.1:" + taken.getLocalPort() + " is in use by another program")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(data.resolve("shutdown-clean")).as("the journal opened, then closed cleanly").exists();
    }

    private Process pulseguard(ProcessBuilder.Redirect output, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(output).start();
        started.add(p);
        return p;
    }

    /** Waits for the ready line in the child's output file (polling: the output goes to a file so it survives destroy()). */
    private static Matcher awaitReady(Process serve, Path log) throws Exception {
        long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
        while (System.nanoTime() < guard) {
            String output = Files.exists(log) ? Files.readString(log) : "";
            Matcher ready = READY.matcher(output);
            if (ready.find()) {
                return ready;
            }
            assertThat(serve.isAlive()).as("serve still running; output:\n" + output).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("no ready line within the hang guard: " + Files.readString(log));
    }

    private static List<String> previousShutdowns(Path data) throws Exception {
        List<String> out = new ArrayList<>();
        try (JournalStore store = JournalStore.openForReading(data)) {
            store.scan(0, store.size(), row -> {
                var record = CanonicalJson.parseCanonical(row.canonical());
                if (record.path("kind").asText().equals("JOURNAL_OPENED")) {
                    out.add(record.path("previousShutdown").asText());
                }
            });
        }
        return out;
    }

    private static List<String> kinds(Path data) throws Exception {
        List<String> out = new ArrayList<>();
        try (JournalStore store = JournalStore.openForReading(data)) {
            store.scan(0, store.size(), row -> out.add(CanonicalJson.parseCanonical(row.canonical()).path("kind").asText()));
        }
        return out;
    }
}
