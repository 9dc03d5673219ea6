package org.pulseguard.protocol.reference;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Turns a byte stream into {@link Frame}s, resynchronising after garbage
 * (docs/protocol/reference-laser.md section 2.1). A frame is delivered only if its CRC matched;
 * a CRC mismatch is reported to the listener (so the caller can answer with a NAK) and the
 * search restarts one byte after the false sync.
 *
 * <p>No I/O and no exceptions for any input: split, merged, garbled, truncated or oversized input
 * only ever produces frames with a valid CRC and counted rejections. Not thread-safe: one reader
 * thread feeds it.
 */
public final class FrameDecoder {

    /** What the decoder reports. Implementations must not throw. */
    public interface Listener {
        /** A frame whose CRC matched. */
        void onFrame(Frame frame);

        /** A complete frame whose CRC did not match; {@code sequence} is as read and untrustworthy. */
        void onCrcMismatch(int sequence, int type);

        /** Creates a listener from two callbacks. */
        static Listener of(Consumer<Frame> frames, Consumer<Integer> crcMismatchSequences) {
            return new Listener() {
                @Override
                public void onFrame(Frame frame) {
                    frames.accept(frame);
                }

                @Override
                public void onCrcMismatch(int sequence, int type) {
                    crcMismatchSequences.accept(sequence);
                }
            };
        }
    }

    private static final int MAX_FRAME = Frame.OVERHEAD + Frame.MAX_PAYLOAD;

    private final Listener listener;
    private final byte[] buffer = new byte[MAX_FRAME * 4];
    private int length;
    private long discardedBytes;
    private long crcMismatches;
    private long framesDecoded;

    /** @param listener receives frames and CRC mismatches; must not be null */
    public FrameDecoder(Listener listener) {
        this.listener = java.util.Objects.requireNonNull(listener, "listener");
    }

    /** Feeds {@code count} bytes of {@code data} from {@code offset}; delivers every complete frame. */
    public void feed(byte[] data, int offset, int count) {
        int position = offset;
        int end = offset + count;
        while (position < end) {
            int chunk = Math.min(end - position, buffer.length - length);
            System.arraycopy(data, position, buffer, length, chunk);
            length += chunk;
            position += chunk;
            drain();
        }
    }

    /** Feeds all of {@code data}. */
    public void feed(byte[] data) {
        feed(data, 0, data.length);
    }

    /** Forgets any partial frame, for example after the link was re-opened. */
    public void reset() {
        discardedBytes += length;
        length = 0;
    }

    /** Bytes skipped as garbage so far (false syncs and partial frames dropped by {@link #reset()}). */
    public long discardedBytes() {
        return discardedBytes;
    }

    /** Bytes held as the start of a frame not yet complete (0 between frames). */
    public int partialFrameBytes() {
        return length;
    }

    /** Complete frames rejected for a CRC mismatch so far. */
    public long crcMismatches() {
        return crcMismatches;
    }

    /** Frames delivered so far. */
    public long framesDecoded() {
        return framesDecoded;
    }

    private void drain() {
        int start = 0;
        while (true) {
            int sync = findSync(start);
            discardedBytes += sync - start;
            start = sync;
            if (length - start < 3) {
                break;
            }
            int payloadLength = buffer[start + 2] & 0xFF;
            if (payloadLength > Frame.MAX_PAYLOAD) {
                start += 1;
                discardedBytes += 1;
                continue;
            }
            int frameLength = Frame.OVERHEAD + payloadLength;
            if (length - start < frameLength) {
                break;
            }
            int expected = Crc16Ccitt.compute(buffer, start + 2, 3 + payloadLength);
            int actual = ((buffer[start + frameLength - 2] & 0xFF) << 8) | (buffer[start + frameLength - 1] & 0xFF);
            int sequence = buffer[start + 3] & 0xFF;
            int type = buffer[start + 4] & 0xFF;
            if (expected != actual) {
                crcMismatches++;
                discardedBytes += 1;
                start += 1;
                listener.onCrcMismatch(sequence, type);
                continue;
            }
            framesDecoded++;
            listener.onFrame(new Frame(sequence, type, Arrays.copyOfRange(buffer, start + 5, start + 5 + payloadLength)));
            start += frameLength;
        }
        System.arraycopy(buffer, start, buffer, 0, length - start);
        length -= start;
    }

    /** Index of the next possible frame start at or after {@code from}; a lone trailing 0xA5 is kept. */
    private int findSync(int from) {
        for (int i = from; i < length; i++) {
            if ((buffer[i] & 0xFF) == Frame.SYNC_1) {
                if (i + 1 == length || (buffer[i + 1] & 0xFF) == Frame.SYNC_2) {
                    return i;
                }
            }
        }
        return length;
    }
}
