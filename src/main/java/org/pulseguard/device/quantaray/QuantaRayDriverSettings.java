package org.pulseguard.device.quantaray;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing of the Quanta-Ray driver and the host watchdog it sets. Immutable, thread-safe.
 *
 * <p>The driver sets {@code WATC <watchdogSeconds>} on connect: the unit turns itself OFF when no
 * command arrives for that long. The polls feed it, so the poll period plus the longest exchange
 * (every attempt) must stay inside it; a unit that stops answering is reported
 * lost within about {@code pollPeriod + commandTimeout * (maxRetries + 1) * 1.25}.
 *
 * @param commandTimeout how long each attempt waits for its reply line (default 250 ms)
 * @param maxRetries how many times a query is sent again after no reply or an unusable one, 0..10
 *     (default 2)
 * @param pollPeriod delay between polls of {@code *STB?} and {@code SHOT?} (default 300 ms)
 * @param watchdogSeconds the unit's host watchdog, 1..110 s (default 2 s)
 */
public record QuantaRayDriverSettings(Duration commandTimeout, int maxRetries, Duration pollPeriod,
                                      int watchdogSeconds) {
    /** Default reply timeout per attempt. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMillis(250);
    /** Default number of retries after the first attempt. */
    public static final int DEFAULT_MAX_RETRIES = 2;
    /** Default delay between polls. */
    public static final Duration DEFAULT_POLL_PERIOD = Duration.ofMillis(300);
    /** Default host watchdog. */
    public static final int DEFAULT_WATCHDOG_SECONDS = 2;

    public QuantaRayDriverSettings {
        requirePositive("command timeout", commandTimeout);
        requirePositive("poll period", pollPeriod);
        if (maxRetries < 0 || maxRetries > 10) {
            throw new IllegalArgumentException("max retries " + maxRetries + " outside 0..10");
        }
        if (watchdogSeconds < 1 || watchdogSeconds > 110) {
            throw new IllegalArgumentException("watchdog " + watchdogSeconds + " s outside 1..110 s");
        }
        Duration feedGap = pollPeriod.plus(commandTimeout.multipliedBy(maxRetries + 1L));
        if (feedGap.compareTo(Duration.ofSeconds(watchdogSeconds)) >= 0) {
            throw new IllegalArgumentException("polls every " + pollPeriod.toMillis() + " ms with exchanges of up to "
                    + commandTimeout.multipliedBy(maxRetries + 1L).toMillis() + " ms do not feed a "
                    + watchdogSeconds + " s watchdog safely");
        }
    }

    /** 250 ms per attempt, 2 retries, a poll every 300 ms, a 2 s watchdog. */
    public static QuantaRayDriverSettings defaults() {
        return new QuantaRayDriverSettings(DEFAULT_COMMAND_TIMEOUT, DEFAULT_MAX_RETRIES, DEFAULT_POLL_PERIOD,
                DEFAULT_WATCHDOG_SECONDS);
    }

    /** The watchdog period as a duration. */
    public Duration watchdog() {
        return Duration.ofSeconds(watchdogSeconds);
    }

    private static void requirePositive(String what, Duration value) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " " + value.toMillis() + " ms is not positive");
        }
    }
}
