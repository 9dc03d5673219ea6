package org.pulseguard.protocol.quantaray;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code READ:HIST?} reply (docs/references.md#quantaray-place-driver, PLACE {@code get_hist}): a header
 * line {@code <count> <now_s>}, then, most recent first, {@code count} lines
 * {@code <code> <time_s>}, then the end line {@code 0 0}. With no entry the header {@code 0 <now_s>}
 * is the whole reply: PLACE stops reading at the first line that starts with {@code 0}, so an end
 * line after an empty header would be left unread. [inferred] Immutable, thread-safe.
 *
 * @param nowSeconds the unit's clock, seconds
 * @param entries at most 16, most recent first
 */
public record ErrorHistory(long nowSeconds, List<Entry> entries) implements QuantaRayReply {

    /** The line that ends a non-empty history. */
    public static final String END_LINE = "0 0";

    /**
     * One remembered status or error code.
     *
     * @param code 1..2^32-1; never 0, which would read as the end line
     * @param timeSeconds when it happened, on the unit's clock
     */
    public record Entry(long code, long timeSeconds) {
        public Entry {
            QuantaRayLimits.check("history code", code, 1, QuantaRayLimits.MAX_UNSIGNED_32);
            QuantaRayLimits.check("history time", timeSeconds, 0, QuantaRayLimits.MAX_UNSIGNED_32);
        }
    }

    public ErrorHistory {
        QuantaRayLimits.check("now", nowSeconds, 0, QuantaRayLimits.MAX_UNSIGNED_32);
        entries = List.copyOf(entries);
        QuantaRayLimits.check("history entries", entries.size(), 0, QuantaRayLimits.MAX_HISTORY_ENTRIES);
    }

    @Override
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(entries.size() + " " + nowSeconds);
        for (Entry entry : entries) {
            lines.add(entry.code() + " " + entry.timeSeconds());
        }
        if (!entries.isEmpty()) {
            lines.add(END_LINE);
        }
        return List.copyOf(lines);
    }
}
