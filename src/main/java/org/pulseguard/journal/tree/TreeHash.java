package org.pulseguard.journal.tree;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A SHA-256 value in the journal's Merkle tree: a leaf hash, an interior node hash or a root.
 * Immutable, 32 bytes, compared by value. Thread-safe.
 *
 * <p>Hashing follows RFC 6962 section 2.1 (and RFC 9162 section 2.1.1): a leaf is
 * {@code SHA-256(0x00 || data)}, an interior node {@code SHA-256(0x01 || left || right)}, and the
 * empty tree's root is {@code SHA-256()} of nothing. The distinct prefixes keep a leaf from ever
 * being passed off as a node (second-preimage resistance).
 */
public final class TreeHash {
    /** Length of a hash in bytes. */
    public static final int LENGTH = 32;
    private static final HexFormat HEX = HexFormat.of();
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    /** MessageDigest.getInstance costs more than hashing a pulse record: one digest per thread, reset after use. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(TreeHash::newDigest);

    private final byte[] bytes;

    private TreeHash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps 32 bytes (copied). */
    public static TreeHash of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a tree hash has " + LENGTH + " bytes, got " + bytes.length);
        }
        return new TreeHash(bytes.clone());
    }

    /** Parses 64 hexadecimal digits. */
    public static TreeHash ofHex(String hex) {
        if (hex.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("a tree hash is " + 2 * LENGTH + " hex digits, got " + hex.length());
        }
        return new TreeHash(HEX.parseHex(hex));
    }

    /** The root of the empty tree: SHA-256 of no bytes. */
    public static TreeHash emptyRoot() {
        return new TreeHash(newDigest().digest());
    }

    /** The leaf hash of a record's canonical bytes: SHA-256(0x00 || data). */
    public static TreeHash leaf(byte[] data) {
        MessageDigest md = digest();
        md.update(LEAF_PREFIX);
        md.update(data);
        return new TreeHash(md.digest());
    }

    /** An interior node: SHA-256(0x01 || left || right). */
    public static TreeHash node(TreeHash left, TreeHash right) {
        MessageDigest md = digest();
        md.update(NODE_PREFIX);
        md.update(left.bytes);
        md.update(right.bytes);
        return new TreeHash(md.digest());
    }

    /** A copy of the 32 bytes. */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** True if {@code other} holds exactly these 32 bytes (a stored hash, compared without copying it). */
    public boolean equalsBytes(byte[] other) {
        return MessageDigest.isEqual(bytes, other);
    }

    /** Lower-case hexadecimal, 64 digits. */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    private static MessageDigest digest() {
        MessageDigest md = SHA256.get();
        md.reset();
        return md;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TreeHash other && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
