package org.pulseguard.protocol.quantaray;

import java.util.Set;

/**
 * The value ranges of the Quanta-Ray dialect, shared by requests and replies
 * (docs/protocol/quantaray.md section 4). Constants only; thread-safe.
 */
public final class QuantaRayLimits {
    private QuantaRayLimits() {}

    /** Largest lamp rate, 100.00 Hz in centihertz. [inferred] */
    public static final int MAX_RATE_CENTIHERTZ = 10_000;
    /** Largest advanced-sync or Q-switch delay, microseconds. [inferred] */
    public static final int MAX_DELAY_MICROSECONDS = 999;
    /** Largest PFN setting or monitor value, 100.0 % in tenths. */
    public static final int MAX_TENTHS_PERCENT = 1000;
    /** Largest watchdog period, seconds (PLACE {@code set_watchdog}: 0..110). */
    public static final int MAX_WATCHDOG_SECONDS = 110;
    /** Largest shot count, status or questionable register value (32 bits). */
    public static final long MAX_UNSIGNED_32 = 0xFFFF_FFFFL;
    /** Most entries {@code READ:HIST?} lists (PLACE: "up to 16"). */
    public static final int MAX_HISTORY_ENTRIES = 16;
    /** Longest reply or command line accepted, terminator excluded. [inferred] */
    public static final int MAX_LINE = 128;
    /** Baud rates {@code BAUD} accepts. [inferred] */
    public static final Set<Integer> BAUD_RATES = Set.of(300, 600, 1200, 2400, 4800, 9600, 19200, 38400);

    static void check(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new QuantaRayProtocolException(field + " " + value + " outside " + min + ".." + max);
        }
    }

    static String printable(String field, String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LINE
                || !text.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw new QuantaRayProtocolException(field + " '" + text + "' is not 1.." + MAX_LINE + " printable characters");
        }
        return text;
    }
}
