package org.pulseguard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.pulseguard.access.PasswordHasher;
import org.pulseguard.access.Role;
import org.pulseguard.access.UserStore;

/**
 * A logged-in API client for the service's tests: the session cookie and the CSRF token that
 * {@code POST /api/login} answered.
 *
 * @param cookie the {@code Cookie} header value
 * @param csrf the {@code X-CSRF-Token} header value
 */
record ApiLogin(String cookie, String csrf) {
    /** Every test account's password. */
    static final String PASSWORD = "a-long-test-password";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Makes the account {@code name} with {@link #PASSWORD} in the data directory, before the service starts. */
    static void account(Path data, String name, Role role) throws Exception {
        try (UserStore users = UserStore.open(data, new PasswordHasher(1024, 1, 1), Clock.systemUTC())) {
            users.create(name, role, PASSWORD.toCharArray());
        }
    }

    /** Logs {@code name} in with {@link #PASSWORD}. */
    static ApiLogin as(URI service, String name) throws Exception {
        return as(service, name, PASSWORD);
    }

    static ApiLogin as(URI service, String name, String password) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(service.resolve("api/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + name + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login of " + name + " failed: " + r.statusCode() + " " + r.body());
        }
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return new ApiLogin(setCookie.substring(0, setCookie.indexOf(';')), new ObjectMapper().readTree(r.body()).path("csrfToken").asText());
    }
}
