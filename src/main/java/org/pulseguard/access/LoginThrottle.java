package org.pulseguard.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed logins in a row for an account,
 * or from one remote address, each further attempt must wait, starting at 30 s and doubling up to
 * 15 minutes; a successful login clears the account's count (not the address's). Counted per key
 * ({@code user:NAME}, {@code address:IP}), on the injected clock. Thread-safe.
 */
public final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    private static final int MAX_KEYS = 10_000;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Failures> failures = new HashMap<>();

    private record Failures(int count, Instant last) {
    }

    public LoginThrottle(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How long {@code user} from {@code address} must still wait before the next attempt; empty when it may try now. */
    public synchronized Optional<Duration> waitBefore(String user, String address) {
        Duration wait = max(remaining("user:" + user), remaining("address:" + address));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed attempt. */
    public synchronized void failed(String user, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            // many addresses or names guessed: forget counts whose longest wait has long passed
            failures.values().removeIf(f -> f.last().isBefore(now.minus(LONGEST_WAIT.multipliedBy(2))));
        }
        failures.merge("user:" + user, new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
        failures.merge("address:" + address, new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
    }

    /** Clears the account's count after a successful login. */
    public synchronized void succeeded(String user) {
        failures.remove("user:" + user);
    }

    private Duration remaining(String key) {
        Failures f = failures.get(key);
        if (f == null || f.count() < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count() - FREE_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Duration left = Duration.between(clock.instant(), f.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
