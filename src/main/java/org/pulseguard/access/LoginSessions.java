package org.pulseguard.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The logged-in browsers, in memory (a restart logs everyone out): 256-bit random session and CSRF
 * tokens, an idle logout after {@link #IDLE} without a request and a hard end after {@link #LONGEST}.
 * Thread-safe.
 */
public final class LoginSessions {
    /** A session unused this long is over (the chair is left unattended). */
    public static final Duration IDLE = Duration.ofMinutes(15);
    /** No session lasts longer than a clinic day. */
    public static final Duration LONGEST = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Map<String, LoginSession> byToken = new HashMap<>();

    public LoginSessions(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Starts a session for {@code account}. */
    public synchronized LoginSession start(UserAccount account) {
        Instant now = clock.instant();
        LoginSession session = new LoginSession(token(), token(), account.name(), account.role(), now, now);
        byToken.put(session.token(), session);
        return session;
    }

    /** The live session of {@code token}, marked as used now; empty when unknown, idle too long or too old (then it ends). */
    public synchronized Optional<LoginSession> use(String token) {
        if (token == null) {
            return Optional.empty();
        }
        LoginSession session = byToken.get(token);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(session.lastSeen().plus(IDLE)) || !now.isBefore(session.started().plus(LONGEST))) {
            byToken.remove(token);
            return Optional.empty();
        }
        LoginSession used = session.seenAt(now);
        byToken.put(token, used);
        return Optional.of(used);
    }

    /** True when {@code presented} is the session's CSRF token (constant-time). */
    public static boolean csrfMatches(LoginSession session, String presented) {
        return presented != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }

    /** Ends the session of {@code token} (logout). */
    public synchronized void end(String token) {
        byToken.remove(token);
    }

    /** Ends every session of {@code user} (disabled, role or password changed). */
    public synchronized void endAllOf(String user) {
        byToken.values().removeIf(s -> s.user().equals(user));
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
