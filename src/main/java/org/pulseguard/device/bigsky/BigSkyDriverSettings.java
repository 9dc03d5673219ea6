package org.pulseguard.device.bigsky;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import org.pulseguard.protocol.bigsky.Address;

/**
 * Timing and addressing of the Big Sky / CFR driver. Immutable, thread-safe.
 *
 * <p>A unit that stops answering is reported lost within about
 * {@code pollPeriod + commandTimeout * (maxRetries + 1) * 1.25} (each retry is preceded by a
 * quarter-timeout drain of the line).
 *
 * @param commandTimeout how long each attempt waits for its 17-byte reply (default 250 ms; a
 *     reply takes about 18 ms on the wire at 9600 8N1)
 * @param maxRetries how many times a command is sent again after no reply or an unusable one,
 *     0..10 (default 2)
 * @param pollPeriod delay between polls of {@code WOR} and {@code CQ} (default 200 ms)
 * @param unitSerial the unit's serial number when it must be addressed as {@code $<serial>}
 *     (0..999, the three digits {@code SN} reports); empty for {@code >}, any unit on the line
 */
public record BigSkyDriverSettings(Duration commandTimeout, int maxRetries, Duration pollPeriod,
                                   OptionalInt unitSerial) {
    /** Default reply timeout per attempt. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMillis(250);
    /** Default number of retries after the first attempt. */
    public static final int DEFAULT_MAX_RETRIES = 2;
    /** Default delay between polls. */
    public static final Duration DEFAULT_POLL_PERIOD = Duration.ofMillis(200);

    public BigSkyDriverSettings {
        Objects.requireNonNull(unitSerial, "unitSerial");
        requirePositive("command timeout", commandTimeout);
        requirePositive("poll period", pollPeriod);
        if (maxRetries < 0 || maxRetries > 10) {
            throw new IllegalArgumentException("max retries " + maxRetries + " outside 0..10");
        }
        if (unitSerial.isPresent() && (unitSerial.getAsInt() < 0 || unitSerial.getAsInt() > 999)) {
            throw new IllegalArgumentException("unit serial " + unitSerial.getAsInt() + " outside 0..999");
        }
    }

    /** 250 ms per attempt, 2 retries, a poll every 200 ms, address {@code >}. */
    public static BigSkyDriverSettings defaults() {
        return new BigSkyDriverSettings(DEFAULT_COMMAND_TIMEOUT, DEFAULT_MAX_RETRIES, DEFAULT_POLL_PERIOD,
                OptionalInt.empty());
    }

    /** The prefix of every command: {@code $<serial>} when a serial is configured, else {@code >}. */
    public Address address() {
        return unitSerial.isPresent() ? new Address.Unit(unitSerial.getAsInt()) : new Address.AnyUnit();
    }

    private static void requirePositive(String what, Duration value) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " " + value.toMillis() + " ms is not positive");
        }
    }
}
