package org.pulseguard.simulator.endpoint;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Who owns a pty link path: a simulator holds an exclusive lock on {@code PATH.lock} (an
 * {@code fcntl} lock through {@link FileChannel#tryLock()}) for as long as it serves the link. The
 * kernel drops the lock when the holder's process ends, however it ends (even {@code kill -9}), so
 * the lock, not the link, says whether a simulator is alive: a second simulator on the same path
 * is refused while the first runs, and a link left behind by a killed one is known to be stale.
 * The empty lock file stays after close: deleting it would let two simulators lock two different
 * files of the same name. Thread-safe.
 */
final class PtyLinkLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private PtyLinkLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code link}. */
    static Path fileFor(Path link) {
        return link.resolveSibling(link.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code link}.
     *
     * @throws EndpointException {@link EndpointException.Kind#IN_USE} when a running simulator holds
     *     it; {@link EndpointException.Kind#BAD_ADDRESS} when its folder is missing or not writable
     */
    static PtyLinkLock acquire(Path link) throws EndpointException {
        Path file = fileFor(link);
        Path folder = link.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new EndpointException(EndpointException.Kind.BAD_ADDRESS, "cannot create " + link + ": folder " + folder
                    + " does not exist", false, null);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            throw new EndpointException(EndpointException.Kind.BAD_ADDRESS, "cannot create " + link + ": folder " + folder
                    + " does not exist", false, e);
        } catch (AccessDeniedException e) {
            throw notWritable(link, folder, e);
        } catch (FileSystemException e) {
            throw e.getReason() != null && e.getReason().contains("not permitted") ? notWritable(link, folder, e)
                    : new EndpointException(EndpointException.Kind.BAD_ADDRESS, "cannot create " + file + ": "
                    + (e.getReason() == null ? "file system error" : e.getReason()), false, e);
        } catch (IOException e) {
            throw new EndpointException(EndpointException.Kind.FAILED, "cannot create " + file + ": " + e.getMessage(), false, e);
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

    private static EndpointException notWritable(Path link, Path folder, Exception cause) {
        return new EndpointException(EndpointException.Kind.BAD_ADDRESS, "cannot create " + link + ": folder " + folder
                + " is read-only or not writable by this user", false, cause);
    }

    private static EndpointException held(Path link, FileChannel channel, Exception cause) {
        closeQuietly(channel);
        return new EndpointException(EndpointException.Kind.IN_USE, link + " is held by a running simulator (lock "
                + fileFor(link).getFileName() + "); stop it or choose another path", false, cause);
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
