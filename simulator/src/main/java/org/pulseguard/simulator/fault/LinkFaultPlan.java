package org.pulseguard.simulator.fault;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;

/**
 * The link faults waiting to act on the next replies, each with its own count (drop the next N,
 * delay the next N, ...), plus the mute switch. Which byte is corrupted (by the plan's
 * {@link CorruptionRule}), where a reply is split and what garbage is sent come from a seeded
 * {@link Random}, so a run is repeatable. A pending drop takes the reply alone; the other kinds
 * combine on the same reply. Thread-safe.
 */
public final class LinkFaultPlan {
    /** The sync bytes and LEN are never corrupted: a flipped LEN stalls the peer's decoder until more bytes come. */
    private static final int FIRST_CORRUPTIBLE = 3;
    private static final int HIGH_BIT = 7;

    private final Random random;
    private final CorruptionRule corruption;
    private int drops;
    private int delays;
    private long delayMillis;
    private int corruptions;
    private int duplicates;
    private int splits;
    private long splitGapMillis;
    private int truncations;
    private boolean muted;

    /** A plan for the reference laser's binary frames ({@link CorruptionRule#FRAME_AFTER_HEADER}). */
    public LinkFaultPlan(long seed) {
        this(seed, CorruptionRule.FRAME_AFTER_HEADER);
    }

    /**
     * @param seed seed of the choices (byte, bit, split points, garbage)
     * @param corruption how a corrupted reply is damaged
     */
    public LinkFaultPlan(long seed, CorruptionRule corruption) {
        this.random = new Random(seed);
        this.corruption = Objects.requireNonNull(corruption, "corruption");
    }

    /** Drop the next {@code count} replies. */
    public synchronized void dropNext(int count) {
        drops += positive(count);
    }

    /** Hold the output line {@code millis} before each of the next {@code count} replies. */
    public synchronized void delayNext(int count, long millis) {
        delays += positive(count);
        delayMillis = Math.max(0, millis);
    }

    /** Flip one bit (after SYNC and LEN) in each of the next {@code count} replies. */
    public synchronized void corruptNext(int count) {
        corruptions += positive(count);
    }

    /** Send each of the next {@code count} replies twice. */
    public synchronized void duplicateNext(int count) {
        duplicates += positive(count);
    }

    /** Send each of the next {@code count} replies in three pieces, {@code gapMillis} apart. */
    public synchronized void splitNext(int count, long gapMillis) {
        splits += positive(count);
        splitGapMillis = Math.max(0, gapMillis);
    }

    /** Send only a seeded first part (at least one byte, never all) of each of the next {@code count} replies. */
    public synchronized void truncateNext(int count) {
        truncations += positive(count);
    }

    /** Stop (true) or resume (false) answering: no replies, no events, no NAKs. */
    public synchronized void setMuted(boolean mute) {
        muted = mute;
    }

    /** Whether the device is muted. */
    public synchronized boolean muted() {
        return muted;
    }

    /** Forgets every pending fault and unmutes. */
    public synchronized void clear() {
        drops = delays = corruptions = duplicates = splits = truncations = 0;
        muted = false;
    }

    /** Consumes the pending faults for one binary frame of {@code length} bytes (at least 7). */
    public synchronized ReplyTreatment nextReply(int length) {
        return nextReply(new byte[length]);
    }

    /** Consumes the pending faults for one reply, choosing what to damage by the plan's rule. */
    public synchronized ReplyTreatment nextReply(byte[] whole) {
        if (drops > 0) {
            drops--;
            return new ReplyTreatment(true, 0, -1, 0, false, new int[0], 0, -1);
        }
        int truncateAt = -1;
        if (truncations > 0) {
            truncations--;
            truncateAt = whole.length < 2 ? -1 : 1 + random.nextInt(whole.length - 1);
        }
        byte[] reply = truncateAt < 0 ? whole : Arrays.copyOf(whole, truncateAt);
        int length = reply.length;
        long delay = 0;
        if (delays > 0) {
            delays--;
            delay = delayMillis;
        }
        int index = -1;
        int bit = 0;
        if (corruptions > 0) {
            corruptions--;
            if (corruption == CorruptionRule.FRAME_AFTER_HEADER) {
                index = length > FIRST_CORRUPTIBLE ? FIRST_CORRUPTIBLE + random.nextInt(length - FIRST_CORRUPTIBLE) : -1;
                bit = random.nextInt(8);
            } else {
                index = printableIndex(reply);
                bit = HIGH_BIT;
            }
        }
        boolean duplicate = duplicates > 0;
        duplicates -= duplicate ? 1 : 0;
        int[] cuts = new int[0];
        if (splits > 0) {
            splits--;
            cuts = splitPoints(length);
        }
        return new ReplyTreatment(false, delay, index, bit, duplicate, cuts, cuts.length > 0 ? splitGapMillis : 0,
                truncateAt);
    }

    /** {@code count} garbage bytes, never 0xA5, so garbage can never hide a following frame behind a false sync. */
    public synchronized byte[] garbage(int count) {
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            int b;
            do {
                b = random.nextInt(256);
            } while (b == 0xA5);
            out[i] = (byte) b;
        }
        return out;
    }

    /** A summary of what is pending, for the snapshot. */
    public synchronized PendingLinkFaults pending() {
        return new PendingLinkFaults(drops, delays, delayMillis, corruptions, duplicates, splits, splitGapMillis,
                truncations, muted);
    }

    /** A seeded index of a printable ASCII byte of {@code reply}, or -1 if it has none. */
    private int printableIndex(byte[] reply) {
        int count = 0;
        for (byte b : reply) {
            count += b >= 0x20 && b <= 0x7E ? 1 : 0;
        }
        if (count == 0) {
            return -1;
        }
        int pick = random.nextInt(count);
        for (int i = 0; i < reply.length; i++) {
            if (reply[i] >= 0x20 && reply[i] <= 0x7E && pick-- == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Two cut points, so the reply goes out in three non-empty pieces (fewer for a reply under 3 bytes). */
    private int[] splitPoints(int length) {
        if (length < 2) {
            return new int[0];
        }
        if (length == 2) {
            return new int[] {1};
        }
        int first = 1 + random.nextInt(length - 2);
        int second = first + 1 + random.nextInt(length - first - 1);
        return new int[] {first, second};
    }

    private static int positive(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count + " must be at least 1");
        }
        return count;
    }
}
