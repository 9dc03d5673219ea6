package org.pulseguard.journal.seal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * The journal's Ed25519 signing key pair (JDK provider, RFC 8032). The private key lives in
 * {@code signing-key.pk8} (PKCS#8 DER, file mode 0600, made on first start), the public key beside
 * it in {@code signing-key.pub} as {@code ed25519:<base64 of the 32 raw bytes>}, the form any
 * Ed25519 library can check a checkpoint with. Loading checks that the two belong together.
 * Immutable once loaded; thread-safe.
 */
public final class JournalKeys {
    /** File name of the private key in the data directory. */
    public static final String PRIVATE_KEY_FILE = "signing-key.pk8";
    /** File name of the public key in the data directory. */
    public static final String PUBLIC_KEY_FILE = "signing-key.pub";
    private static final String PUBLIC_PREFIX = "ed25519:";
    /** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 section 4); the raw key follows. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private JournalKeys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Loads the key pair from {@code dir}, or makes one there (mode 0600) if there is none. */
    public static JournalKeys loadOrCreate(Path dir) throws IOException {
        Path file = dir.resolve(PRIVATE_KEY_FILE);
        if (!Files.exists(file)) {
            try {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                JournalKeys keys = new JournalKeys(pair.getPrivate(), pair.getPublic());
                writeDurably(dir.resolve(PUBLIC_KEY_FILE), (keys.publicKeyText() + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        PosixFilePermissions.fromString("rw-r--r--"));
                writeDurably(file, pair.getPrivate().getEncoded(), PosixFilePermissions.fromString("rw-------"));
                return keys;
            } catch (FileAlreadyExistsException raced) {
                // another process made it first: load theirs
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this Java runtime cannot make Ed25519 keys (Java 15 or later needed)", e);
            }
        }
        return load(file, dir.resolve(PUBLIC_KEY_FILE));
    }

    private static JournalKeys load(Path privateFile, Path publicFile) throws IOException {
        PrivateKey priv;
        try {
            priv = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
        } catch (GeneralSecurityException e) {
            throw new IOException("journal signing key " + privateFile + " is not an Ed25519 PKCS#8 key: " + e.getMessage(), e);
        }
        PublicKey pub;
        try {
            pub = parsePublicKey(Files.readString(publicFile));
        } catch (IllegalArgumentException e) {
            throw new IOException("journal public key " + publicFile + ": " + e.getMessage(), e);
        }
        JournalKeys keys = new JournalKeys(priv, pub);
        // The JDK cannot derive the public key from a PKCS#8 Ed25519 seed: prove the pair instead.
        Checkpoint probe = new Checkpoint("0".repeat(32), 0, org.pulseguard.journal.tree.TreeHash.emptyRoot(), java.time.Instant.EPOCH);
        if (!verify(keys.sign(probe), pub)) {
            throw new IOException("journal keys " + privateFile + " and " + publicFile + " do not belong together");
        }
        return keys;
    }

    /**
     * Writes {@code bytes} to a new temporary file with {@code permissions}, forces it to disk and
     * renames it into place atomically, then forces the directory: a crash leaves either no file or
     * the whole one, never an empty key that would stop every later start.
     */
    private static void writeDurably(Path file, byte[] bytes, Set<PosixFilePermission> permissions) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try (java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(temp, Set.of(java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(permissions))) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        try (java.nio.channels.FileChannel directory = java.nio.channels.FileChannel.open(file.getParent(), java.nio.file.StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException ignored) {
            // some file systems cannot sync a directory; the file itself is on disk
        }
    }

    /** The public key as {@code ed25519:<base64>}. */
    public String publicKeyText() {
        return PUBLIC_PREFIX + Base64.getEncoder().encodeToString(rawPublic(publicKey));
    }

    /** The key id: the first 8 bytes of SHA-256 over the raw public key, hex. */
    public String keyId() {
        return keyId(publicKey);
    }

    /** Signs a checkpoint. */
    public SignedCheckpoint sign(Checkpoint checkpoint) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(checkpoint.bodyBytes());
            return new SignedCheckpoint(checkpoint, keyId(), s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** The public key of this pair. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** Parses {@code ed25519:<base64>}; throws {@link IllegalArgumentException} naming what is wrong. */
    public static PublicKey parsePublicKey(String text) {
        String t = text.strip();
        if (!t.startsWith(PUBLIC_PREFIX)) {
            throw new IllegalArgumentException("a journal public key starts with '" + PUBLIC_PREFIX + "', got '" + abbreviate(t) + "'");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(t.substring(PUBLIC_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the journal public key is not base64 after '" + PUBLIC_PREFIX + "'");
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, got " + raw.length);
        }
        byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
        System.arraycopy(raw, 0, der, X509_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid Ed25519 public key: " + e.getMessage());
        }
    }

    /** True if the checkpoint's signature verifies under {@code key} and its key id names that key. */
    public static boolean verify(SignedCheckpoint signed, PublicKey key) {
        if (!signed.keyId().equals(keyId(key))) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(signed.checkpoint().bodyBytes());
            return s.verify(signed.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The key id of a public key: the first 8 bytes of SHA-256 over its raw 32 bytes, hex. */
    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawPublic(key));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    private static byte[] rawPublic(PublicKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - 32, der.length);
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "..." : s;
    }
}
