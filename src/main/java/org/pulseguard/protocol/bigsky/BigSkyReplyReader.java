package org.pulseguard.protocol.bigsky;

import java.util.Optional;

/**
 * Host side: collects the 17-byte reply to one command (docs/references.md#bigsky-drivers). It never
 * waits for a line terminator (the reply starts with CR LF, so a line reader would stop there and
 * lose the field); it counts bytes. Use it once per command:
 *
 * <pre>
 *   reader.start();   // before writing the command
 *   reader.feed(...)  // with every chunk read; returns the frame once 17 bytes are in
 *   reader.expire()   // if the reply deadline passes first: Missing or Short
 * </pre>
 *
 * Bytes arriving after the 17th (a merged or late reply) are not part of any frame; they are
 * counted in {@link #excessBytes()} and dropped at the next {@link #start()}. No I/O, no
 * exceptions for any input. Not thread-safe: one reader thread uses it.
 */
public final class BigSkyReplyReader {

    /** Length of every reply: CR LF plus 15 characters. */
    public static final int REPLY_LENGTH = 2 + FieldTemplate.WIDTH;

    private final byte[] buffer = new byte[REPLY_LENGTH];
    private int length;
    private boolean complete;
    private long excessBytes;

    /** Forgets everything buffered; call before writing each command. */
    public void start() {
        length = 0;
        complete = false;
    }

    /**
     * Feeds {@code count} bytes of {@code data} from {@code offset}.
     *
     * @return the frame, on the call that brings the 17th byte; empty before and after
     */
    public Optional<ReplyFrame> feed(byte[] data, int offset, int count) {
        int position = offset;
        int end = offset + count;
        Optional<ReplyFrame> result = Optional.empty();
        while (position < end) {
            if (complete) {
                excessBytes += end - position;
                break;
            }
            buffer[length++] = data[position++];
            if (length == REPLY_LENGTH) {
                complete = true;
                result = Optional.of(frame());
            }
        }
        return result;
    }

    /** Feeds all of {@code data}. */
    public Optional<ReplyFrame> feed(byte[] data) {
        return feed(data, 0, data.length);
    }

    /**
     * The reply deadline passed: {@link ReplyFrame.Missing} if nothing came, {@link ReplyFrame.Short}
     * with the count otherwise. After a complete frame it returns that frame again.
     */
    public ReplyFrame expire() {
        if (complete) {
            return frame();
        }
        ReplyFrame result = length == 0 ? new ReplyFrame.Missing() : new ReplyFrame.Short(length);
        complete = true;
        return result;
    }

    /** Bytes received after a complete frame and before the next {@link #start()}, in total. */
    public long excessBytes() {
        return excessBytes;
    }

    private ReplyFrame frame() {
        if (buffer[0] != '\r' || buffer[1] != '\n') {
            return new ReplyFrame.Garbled(String.format("reply starts 0x%02X 0x%02X, not CR LF", buffer[0], buffer[1]));
        }
        StringBuilder text = new StringBuilder(FieldTemplate.WIDTH);
        for (int i = 2; i < REPLY_LENGTH; i++) {
            int b = buffer[i] & 0xFF;
            if (b < 0x20 || b > 0x7E) {
                return new ReplyFrame.Garbled(String.format("reply byte %d is 0x%02X, not printable ASCII", i, b));
            }
            text.append((char) b);
        }
        return new ReplyFrame.Field(text.toString());
    }
}
