package org.pulseguard.simulator.endpoint;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Who owns a pty link path: a simulator holds an exclusive lock (an {@code fcntl} lock through
 * {@link FileChannel#tryLock()}) on a lock file named after the link's real path, for as long as it
 * serves the link. The kernel drops the lock when the holder's process ends, however it ends (even
 * {@code kill -9}), so the lock, not the link, says whether a simulator is alive: a second
 * simulator on the same path is refused while the first runs, and a link left behind by a killed
 * one is known to be stale. The lock files live in {@code java.io.tmpdir/pulseguard-pty-locks-USER},
 * not beside the link (the link's folder is left as the person made it), and stay after close:
 * deleting one would let two simulators lock two different files of the same name. Thread-safe.
 */
final class PtyLinkLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private PtyLinkLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code link}, whose folder must exist. */
    static Path fileFor(Path link) throws IOException {
        Path real = link.getParent() == null ? link.toAbsolutePath()
                : link.getParent().toRealPath().resolve(link.getFileName());
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256").digest(real.toString()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "pulseguard-pty-locks-" + System.getProperty("user.name"));
        Files.createDirectories(folder);
        return folder.resolve(java.util.HexFormat.of().formatHex(digest, 0, 12) + ".lock");
    }

    /**
     * Takes the lock of {@code link}.
     *
     * @throws EndpointException {@link EndpointException.Kind#IN_USE} when a running simulator holds
     *     it; {@link EndpointException.Kind#BAD_ADDRESS} when its folder is missing or not writable
     */
    static PtyLinkLock acquire(Path link) throws EndpointException {
        Path folder = link.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new EndpointException(EndpointException.Kind.BAD_ADDRESS, "cannot create " + link + ": folder " + folder
                    + " does not exist", false, null);
        }
        Path file;
        FileChannel channel;
        try {
            file = fileFor(link);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new EndpointException(EndpointException.Kind.FAILED, "cannot make the lock file for " + link + ": "
                    + (e instanceof FileSystemException f && f.getReason() != null ? f.getFile() + ": " + f.getReason()
                    : e.getMessage()), false, e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw held(link, channel, null);
            }
            return new PtyLinkLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw held(link, channel, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new EndpointException(EndpointException.Kind.FAILED, "cannot lock " + file + ": " + e.getMessage(), false, e);
        }
    }

    private static EndpointException held(Path link, FileChannel channel, Exception cause) {
        closeQuietly(channel);
        return new EndpointException(EndpointException.Kind.IN_USE, link + " is held by a running simulator;"
                + " stop it or choose another path", false, cause);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it too.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing to do: the channel is unusable either way and the kernel drops its lock.
        }
    }
}
