package org.pulseguard.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.pulseguard.journal.store.JournalException;

/**
 * The one-writer lock of a data directory ({@code journal.lock}, an OS file lock): two services on
 * one journal would close each other's sessions "by recovery" and interleave their trees. The OS
 * releases it when the process dies, so a crash never leaves the directory locked.
 */
final class DataDirectoryLock {
    static final String FILE_NAME = "journal.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock take(Path dataDir) throws JournalException {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new JournalException(JournalException.Reason.READ_ONLY, "cannot open " + file + ": " + e.getMessage(), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw locked(channel, file, null);
            }
            return new DataDirectoryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw locked(channel, file, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new JournalException(JournalException.Reason.IO_ERROR, "cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static JournalException locked(FileChannel channel, Path file, Throwable cause) {
        closeQuietly(channel);
        return new JournalException(JournalException.Reason.LOCKED, "the journal in " + file.getParent()
                + " is in use by another pulseguard (" + file.getFileName() + " is locked); stop it first", cause);
    }

    void release() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
