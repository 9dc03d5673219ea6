package org.pulseguard.device.reference;

/**
 * Tracks the unit's event counter (the SEQ of event frames, 0..255 wrapping) to drop duplicates and
 * count gaps (section 4). A fresh instance accepts whatever number comes first. Not thread-safe:
 * only the link's reader thread uses it.
 */
final class EventSequence {
    /** {@link #accept} result for an event to drop. */
    static final int DUPLICATE = -1;

    private int last = -1;

    /**
     * Records event number {@code sequence}.
     *
     * @return {@link #DUPLICATE} when it repeats the last accepted number, else how many events were
     *     missed just before it (0 when none)
     */
    int accept(int sequence) {
        if (sequence == last) {
            return DUPLICATE;
        }
        int missed = last < 0 ? 0 : (sequence - last - 1) & 0xFF;
        last = sequence;
        return missed;
    }
}
