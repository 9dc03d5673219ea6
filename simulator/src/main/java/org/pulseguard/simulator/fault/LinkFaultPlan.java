package org.pulseguard.simulator.fault;

import java.util.Random;

/**
 * The link faults waiting to act on the next replies, each with its own count (drop the next N,
 * delay the next N, ...), plus the mute switch. Which bit is flipped, where a reply is split and
 * what garbage is sent come from a seeded {@link Random}, so a run is repeatable. A pending drop
 * takes the reply alone; the other kinds combine on the same reply. Thread-safe.
 */
public final class LinkFaultPlan {
    /** The sync bytes and LEN are never corrupted: a flipped LEN stalls the peer's decoder until more bytes come. */
    private static final int FIRST_CORRUPTIBLE = 3;

    private final Random random;
    private int drops;
    private int delays;
    private long delayMillis;
    private int corruptions;
    private int duplicates;
    private int splits;
    private long splitGapMillis;
    private boolean muted;

    /** @param seed seed of the choices (bit, split points, garbage) */
    public LinkFaultPlan(long seed) {
        this.random = new Random(seed);
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
        drops = delays = corruptions = duplicates = splits = 0;
        muted = false;
    }

    /** Consumes the pending faults for one reply of {@code length} bytes (a frame is at least 7 bytes). */
    public synchronized ReplyTreatment nextReply(int length) {
        if (drops > 0) {
            drops--;
            return new ReplyTreatment(true, 0, -1, 0, false, new int[0], 0);
        }
        long delay = 0;
        if (delays > 0) {
            delays--;
            delay = delayMillis;
        }
        int index = -1;
        int bit = 0;
        if (corruptions > 0) {
            corruptions--;
            index = FIRST_CORRUPTIBLE + random.nextInt(length - FIRST_CORRUPTIBLE);
            bit = random.nextInt(8);
        }
        boolean duplicate = duplicates > 0;
        duplicates -= duplicate ? 1 : 0;
        int[] cuts = new int[0];
        if (splits > 0) {
            splits--;
            cuts = splitPoints(length);
        }
        return new ReplyTreatment(false, delay, index, bit, duplicate, cuts, cuts.length > 0 ? splitGapMillis : 0);
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
        return new PendingLinkFaults(drops, delays, delayMillis, corruptions, duplicates, splits, splitGapMillis, muted);
    }

    /** Two cut points, so the reply goes out in three non-empty pieces. */
    private int[] splitPoints(int length) {
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
