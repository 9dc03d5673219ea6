package org.pulseguard.simulator.link;

/**
 * One unit of output for the writer thread: a frame (possibly altered by a link fault), a NAK or
 * garbage, with how to send it. Immutable apart from the callback.
 *
 * @param bytes what goes on the line
 * @param delayNanos how long the line is held before sending (a late reply)
 * @param cuts offsets at which the bytes are split (empty = in one go)
 * @param gapNanos pause between pieces
 * @param onWritten run on the writer thread after the bytes went out (counters, listener)
 */
record Transmission(byte[] bytes, long delayNanos, int[] cuts, long gapNanos, Runnable onWritten) {

    /** Bytes sent as they are, at once. */
    static Transmission plain(byte[] bytes, Runnable onWritten) {
        return new Transmission(bytes, 0, new int[0], 0, onWritten);
    }
}
