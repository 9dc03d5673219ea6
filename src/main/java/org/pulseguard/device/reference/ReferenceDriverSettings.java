package org.pulseguard.device.reference;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing of the reference driver's link. Immutable, thread-safe.
 *
 * <p>A unit that stops answering is detected within
 * {@code commandTimeout * (maxRetries + 1) + heartbeat period}.
 *
 * @param commandTimeout how long to wait for each attempt's reply (default 250 ms)
 * @param maxRetries how many times a request is sent again, same sequence number and bytes, after a
 *     timeout (default 2)
 * @param heartbeatPeriod time between heartbeats; null means a quarter of the watchdog period the
 *     unit reports when it identifies itself
 */
public record ReferenceDriverSettings(Duration commandTimeout, int maxRetries, Duration heartbeatPeriod) {
    /** Default reply timeout per attempt. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMillis(250);
    /** Default number of retries after the first attempt. */
    public static final int DEFAULT_MAX_RETRIES = 2;

    public ReferenceDriverSettings {
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        if (commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("command timeout " + commandTimeout.toMillis() + " ms is not positive");
        }
        if (maxRetries < 0 || maxRetries > 10) {
            throw new IllegalArgumentException("max retries " + maxRetries + " outside 0..10");
        }
        if (heartbeatPeriod != null && (heartbeatPeriod.isNegative() || heartbeatPeriod.isZero())) {
            throw new IllegalArgumentException("heartbeat period " + heartbeatPeriod.toMillis() + " ms is not positive");
        }
    }

    /** 250 ms per attempt, 2 retries, heartbeat at a quarter of the unit's watchdog period. */
    public static ReferenceDriverSettings defaults() {
        return new ReferenceDriverSettings(DEFAULT_COMMAND_TIMEOUT, DEFAULT_MAX_RETRIES, null);
    }

    /**
     * The heartbeat period to use with a unit whose watchdog period is {@code watchdogPeriod}: the
     * configured one, else a quarter of the watchdog period, else (unit without watchdog) the
     * command timeout.
     */
    public Duration heartbeatPeriodFor(Duration watchdogPeriod) {
        if (heartbeatPeriod != null) {
            return heartbeatPeriod;
        }
        Duration quarter = watchdogPeriod.dividedBy(4);
        return quarter.isZero() ? commandTimeout : quarter;
    }

    /** The longest a request can take before it fails with a timeout, all attempts included. */
    public Duration worstCaseExchange() {
        return commandTimeout.multipliedBy(maxRetries + 1L);
    }
}
