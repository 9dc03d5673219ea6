package org.pulseguard.simulator.fault;

import java.util.Arrays;

/**
 * What the pending link faults do to one reply transmission. Immutable.
 *
 * @param drop the reply is not sent (nothing else applies)
 * @param delayMillis hold the output line this long before sending (0 = none)
 * @param corruptIndex index of the byte whose bit is flipped, -1 for none
 * @param corruptBit the bit flipped, 0..7
 * @param duplicate send the reply twice
 * @param cuts byte offsets where the reply is split into pieces (empty = whole)
 * @param gapMillis pause between pieces
 * @param truncateAt only this many first bytes are sent (the rest never is); -1 = all
 */
public record ReplyTreatment(boolean drop, long delayMillis, int corruptIndex, int corruptBit, boolean duplicate,
                             int[] cuts, long gapMillis, int truncateAt) {
    /** Send the reply as it is. */
    public static final ReplyTreatment NONE = new ReplyTreatment(false, 0, -1, 0, false, new int[0], 0, -1);

    public ReplyTreatment {
        cuts = cuts.clone();
    }

    @Override
    public int[] cuts() {
        return cuts.clone();
    }

    /** The bytes to send: {@code frame} cut short and with the corruption applied, if any (a copy). */
    public byte[] apply(byte[] frame) {
        byte[] out = truncateAt >= 0 && truncateAt < frame.length ? Arrays.copyOf(frame, truncateAt) : frame.clone();
        if (corruptIndex >= 0 && corruptIndex < out.length) {
            out[corruptIndex] ^= (byte) (1 << corruptBit);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReplyTreatment t && t.drop == drop && t.delayMillis == delayMillis
                && t.corruptIndex == corruptIndex && t.corruptBit == corruptBit && t.duplicate == duplicate
                && Arrays.equals(t.cuts, cuts) && t.gapMillis == gapMillis && t.truncateAt == truncateAt;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cuts) * 31 + Long.hashCode(delayMillis) + corruptIndex;
    }

    @Override
    public String toString() {
        return "ReplyTreatment[drop=" + drop + ", delayMillis=" + delayMillis + ", corruptIndex=" + corruptIndex
                + ", corruptBit=" + corruptBit + ", duplicate=" + duplicate + ", cuts=" + Arrays.toString(cuts)
                + ", gapMillis=" + gapMillis + ", truncateAt=" + truncateAt + "]";
    }
}
