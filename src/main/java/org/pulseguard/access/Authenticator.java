package org.pulseguard.access;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Logins and password confirmations: the throttle first, then the password, then a session. An
 * unknown name and a wrong password get the same answer; a disabled account too. The technician's
 * password re-entered to open a treatment session goes through {@link #confirm}, throttled alike.
 * Thread-safe.
 */
public final class Authenticator {
    private final UserStore users;
    private final LoginThrottle throttle;
    private final LoginSessions sessions;

    /** What a login attempt came to. */
    public sealed interface Result permits LoggedIn, Refused {
    }

    /** Logged in; with {@code mustChangePassword} the user must set a new password before anything else. */
    public record LoggedIn(LoginSession session, boolean mustChangePassword) implements Result {
    }

    /** Refused, in words a person can act on; {@code retryAfter} when throttled. */
    public record Refused(String reason, Optional<Duration> retryAfter) implements Result {
    }

    public Authenticator(UserStore users, LoginThrottle throttle, LoginSessions sessions) {
        this.users = Objects.requireNonNull(users, "users");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /** A login of {@code name} with {@code password} from {@code address}. */
    public Result login(String name, char[] password, String address) throws UserStoreException {
        Optional<Refused> throttled = throttled(name, address);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        if (!users.passwordMatches(name, password)) {
            throttle.failed(name, address);
            return new Refused("wrong user name or password", Optional.empty());
        }
        throttle.succeeded(name);
        UserAccount account = users.find(name).orElseThrow();
        return new LoggedIn(sessions.start(account), account.mustChangePassword());
    }

    /** The logged-in user re-enters the password (the laser's key control); empty when it matches, else why not. */
    public Optional<Refused> confirm(LoginSession session, char[] password, String address) throws UserStoreException {
        Optional<Refused> throttled = throttled(session.user(), address);
        if (throttled.isPresent()) {
            return throttled;
        }
        if (!users.passwordMatches(session.user(), password)) {
            throttle.failed(session.user(), address);
            return Optional.of(new Refused("the password does not match", Optional.empty()));
        }
        throttle.succeeded(session.user());
        return Optional.empty();
    }

    private Optional<Refused> throttled(String name, String address) {
        return throttle.waitBefore(name, address).map(wait -> new Refused("too many failed attempts: try again in "
                + Math.max(1, wait.toSeconds()) + " s", Optional.of(wait)));
    }
}
