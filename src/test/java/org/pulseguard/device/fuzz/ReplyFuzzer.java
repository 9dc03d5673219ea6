package org.pulseguard.device.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Turns one transmission of a fake unit into what the fuzzed line delivers: a list of chunks,
 * each written after a pause. Deterministic for a seed (the pauses are the only timing). A flipped
 * bit is chosen among {@code flippableBits}: a dialect without a checksum cannot detect a flip
 * that turns a digit into another digit (no driver can), so for those dialects the suite flips
 * only bits that leave printable ASCII, and its noise (garbage, appended bytes, floods) is line
 * noise outside ASCII: random bytes that happen to spell a valid reply would be undetectable
 * there. The reference dialect (CRC-16, sequence numbers) gets any bit and any bytes.
 * Not thread-safe.
 */
public final class ReplyFuzzer {
    /** One write of the fuzzed line and the pause before it. */
    public record Chunk(long pauseMillis, byte[] bytes) {}

    private final Random random;
    private final int[] flippableBits;
    private final long stallMillis;
    private final boolean anyNoise;
    private volatile ReplyFault armed = ReplyFault.NONE;
    private volatile boolean persistent;

    /**
     * @param seed the run's seed
     * @param flippableBits the bit numbers (0..7) a flip may touch
     * @param stallMillis how long a stalled reply pauses: past the driver's command timeout
     * @param anyNoise true for any byte values as noise; false for bytes 0x80..0xFF only
     */
    public ReplyFuzzer(long seed, int[] flippableBits, long stallMillis, boolean anyNoise) {
        this.random = new Random(seed);
        this.flippableBits = flippableBits.clone();
        this.stallMillis = stallMillis;
        this.anyNoise = anyNoise;
    }

    /** The random source of the run, for the test's own choices. */
    public Random random() {
        return random;
    }

    /**
     * Applies {@code fault} to the next transmission only, or to every transmission until
     * {@link #disarm()} when {@code everyTransmission}.
     */
    public void arm(ReplyFault fault, boolean everyTransmission) {
        persistent = everyTransmission;
        armed = fault;
    }

    /** Transmissions go out untouched from now on. */
    public void disarm() {
        armed = ReplyFault.NONE;
    }

    /** What the line delivers for {@code reply}. */
    public synchronized List<Chunk> apply(byte[] reply) {
        ReplyFault fault = armed;
        if (!persistent) {
            armed = ReplyFault.NONE;
        }
        List<Chunk> out = new ArrayList<>();
        switch (fault) {
            case NONE -> out.add(new Chunk(0, reply));
            case DROP -> { }
            case GARBAGE -> out.add(new Chunk(0, randomBytes(1 + random.nextInt(32))));
            case FLIP -> out.add(new Chunk(0, flipped(reply)));
            case SHORT -> out.add(new Chunk(0, Arrays.copyOf(reply, random.nextInt(Math.max(1, reply.length)))));
            case LONG -> out.add(new Chunk(0, concat(reply, randomBytes(1 + random.nextInt(16)))));
            case DUPLICATE -> {
                out.add(new Chunk(0, reply));
                out.add(new Chunk(0, reply));
            }
            case BYTE_BY_BYTE -> {
                for (byte b : reply) {
                    out.add(new Chunk(1, new byte[] {b}));
                }
            }
            case STALL -> {
                int cut = reply.length < 2 ? 0 : 1 + random.nextInt(reply.length - 1);
                out.add(new Chunk(0, Arrays.copyOf(reply, cut)));
                out.add(new Chunk(stallMillis, Arrays.copyOfRange(reply, cut, reply.length)));
            }
            case ENDLESS_LINE -> out.add(new Chunk(0, printable(300 + random.nextInt(300))));
            case FLOOD -> {
                out.add(new Chunk(0, randomBytes(2_048 + random.nextInt(4_096))));
                out.add(new Chunk(0, reply));
            }
        }
        return out;
    }

    private byte[] flipped(byte[] reply) {
        if (reply.length == 0) {
            return reply;
        }
        byte[] copy = reply.clone();
        int at = random.nextInt(copy.length);
        copy[at] ^= (byte) (1 << flippableBits[random.nextInt(flippableBits.length)]);
        return copy;
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        if (!anyNoise) {
            for (int i = 0; i < count; i++) {
                bytes[i] |= (byte) 0x80;
            }
        }
        return bytes;
    }

    private byte[] printable(int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) ('0' + random.nextInt(10));
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
