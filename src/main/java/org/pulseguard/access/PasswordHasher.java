package org.pulseguard.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (RFC 9106) in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, base64 without padding), through Bouncy
 * Castle's pure-Java implementation. The default cost is OWASP's first recommended setting (19 MiB,
 * 2 passes, 1 lane); a stored hash carries its own parameters, so raising the cost later needs no
 * migration ({@link #needsRehash}). Comparison is constant-time. Thread-safe.
 */
public final class PasswordHasher {
    /** OWASP Password Storage Cheat Sheet: Argon2id, m=19 MiB, t=2, p=1. */
    public static final PasswordHasher DEFAULT = new PasswordHasher(19 * 1024, 2, 1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;

    /** A hasher of the given cost (tests use a cheap one; the service uses {@link #DEFAULT}). */
    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2id cost m=" + memoryKib + " KiB, t=" + iterations + ", p=" + parallelism
                    + " is below the algorithm's minimum");
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /** A new hash of {@code password} with a fresh random salt. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] out = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(out);
    }

    /** True when {@code password} matches {@code stored}; false for a malformed stored hash. */
    public boolean matches(char[] password, String stored) {
        Objects.requireNonNull(password, "password");
        Phc phc = Phc.parse(stored);
        if (phc == null) {
            return false;
        }
        byte[] out = derive(password, phc.salt, phc.memoryKib, phc.iterations, phc.parallelism, phc.hash.length);
        return MessageDigest.isEqual(out, phc.hash);
    }

    /** True when {@code stored} was made with another cost than this hasher's (rehash at the next login). */
    public boolean needsRehash(String stored) {
        Phc phc = Phc.parse(stored);
        return phc == null || phc.memoryKib != memoryKib || phc.iterations != iterations || phc.parallelism != parallelism;
    }

    private static byte[] derive(char[] password, byte[] salt, int m, int t, int p, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(m).withIterations(t).withParallelism(p)
                .withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        byte[] secret = utf8(password);
        try {
            generator.generateBytes(secret, out);
        } finally {
            java.util.Arrays.fill(secret, (byte) 0);
        }
        return out;
    }

    private static byte[] utf8(char[] password) {
        java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    /** A parsed PHC string; null from {@link #parse} when it is not one this class wrote. */
    private record Phc(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
        static Phc parse(String text) {
            if (text == null) {
                return null;
            }
            String[] parts = text.split("\\$");
            if (parts.length != 6 || !parts[0].isEmpty() || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
                return null;
            }
            try {
                String[] cost = parts[3].split(",");
                if (cost.length != 3 || !cost[0].startsWith("m=") || !cost[1].startsWith("t=") || !cost[2].startsWith("p=")) {
                    return null;
                }
                return new Phc(Integer.parseInt(cost[0].substring(2)), Integer.parseInt(cost[1].substring(2)),
                        Integer.parseInt(cost[2].substring(2)), Base64.getDecoder().decode(parts[4]), Base64.getDecoder().decode(parts[5]));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
