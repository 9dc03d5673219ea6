package org.pulseguard.access;

import java.time.Instant;
import java.util.Objects;

/**
 * One logged-in browser: its session token (the HttpOnly cookie), its CSRF token (sent back with
 * every state change), the user and role, and when it started and was last used. Immutable;
 * {@link #toString()} shows no token.
 */
public record LoginSession(String token, String csrfToken, String user, Role role, Instant started, Instant lastSeen) {
    public LoginSession {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    LoginSession seenAt(Instant at) {
        return new LoginSession(token, csrfToken, user, role, started, at);
    }

    @Override
    public String toString() {
        return "LoginSession[" + user + ", " + role + ", since " + started + "]";
    }
}
