package org.pulseguard.simulator.endpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated unit on a Linux pseudo-terminal made in-process (libc {@code openpty} through JNA),
 * reached by the client through a symbolic link at a path the user names (for example
 * {@code ./laser0 -> /dev/pts/3}). While it serves the path it holds the path's {@link PtyLinkLock}, so a second simulator on the same path is refused and a link left by a
 * simulator that was killed is known to be stale: it is replaced, and {@link #staleLinkReplaced()}
 * says so. A regular file is never overwritten. The master is read with {@code poll} (100 ms) and {@code read}; output that nobody
 * reads for 100 ms is thrown away, as on a line with nothing plugged in.
 *
 * <p>{@link #cut()} closes the pair, so a client's read returns -1 / EIO, and removes the link (a
 * dangling link could later point at someone else's pty); {@link #open()} then makes a new pair and
 * points the link at it. {@link #close()} does the same as cut, for good.
 *
 * <p>Thread-safe: one reader and one writer thread, plus any thread calling open, cut and close
 * (which wait for a read or write in progress, at most about 100 ms).
 */
public final class PtyEndpoint implements DeviceEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(PtyEndpoint.class);
    private static final int POLL_MILLIS = 100;
    private static final int MAX_BLOCKED_POLLS = 10;

    private final Path link;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private PseudoTerminal pty;
    private PtyLinkLock ownership;
    private boolean closed;
    private volatile String staleLink;
    private volatile long generation;
    private volatile String description;

    /** @param link where the symbolic link to the slave is created; must not be null */
    public PtyEndpoint(Path link) {
        this.link = Objects.requireNonNull(link, "link").toAbsolutePath();
        this.description = "pty:" + link + " (not open)";
    }

    /** The path of the symbolic link clients open. */
    public Path link() {
        return link;
    }

    /** The slave device the link points to now ({@code /dev/pts/N}), if open. */
    public Optional<String> slaveName() {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(pty).map(PseudoTerminal::slaveName);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void open() throws EndpointException {
        lock.writeLock().lock();
        try {
            if (closed) {
                throw new EndpointException("pty endpoint " + link + " is closed", false);
            }
            if (pty != null) {
                return;
            }
            boolean first = ownership == null;
            if (first) {
                ownership = PtyLinkLock.acquire(link);
            }
            PseudoTerminal created;
            try {
                created = PseudoTerminal.open();
                try {
                    pointLinkAt(created.slaveName());
                } catch (EndpointException e) {
                    created.close();
                    throw e;
                }
            } catch (EndpointException | RuntimeException e) {
                if (first) {
                    ownership.close();
                    ownership = null;
                }
                throw e;
            }
            pty = created;
            generation++;
            description = "pty:" + link + " -> " + created.slaveName();
            LOG.info("simulator pty ready: {}", description);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The target of a link found at the path on opening and replaced: a link left by a simulator
     * that is no longer running (none holds the path's lock). Empty when there was none.
     */
    public Optional<String> staleLinkReplaced() {
        return Optional.ofNullable(staleLink);
    }

    @Override
    public int read(byte[] buffer) throws EndpointException {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new EndpointException("pty endpoint " + link + " is closed", false);
            }
            if (pty != null) {
                return (pty.poll(LibC.POLLIN, POLL_MILLIS) & LibC.POLLIN) != 0 ? pty.read(buffer) : 0;
            }
        } finally {
            lock.readLock().unlock();
        }
        pause();
        return 0;
    }

    @Override
    public void write(byte[] data) throws EndpointException {
        lock.readLock().lock();
        try {
            if (pty == null) {
                throw new EndpointException("pty endpoint " + link + (closed ? " is closed" : " is cut"), !closed);
            }
            int offset = 0;
            for (int blocked = 0; offset < data.length; ) {
                if ((pty.poll(LibC.POLLOUT, POLL_MILLIS) & LibC.POLLOUT) == 0) {
                    pty.discardUnreadOutput();
                    if (++blocked > MAX_BLOCKED_POLLS) {
                        throw new EndpointException("pty " + link + " stays unwritable", true);
                    }
                    continue;
                }
                offset += pty.write(data, offset, data.length - offset);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void cut() {
        lock.writeLock().lock();
        try {
            release();
            if (!closed) {
                description = "pty:" + link + " (cut)";
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean isUp() {
        lock.readLock().lock();
        try {
            return pty != null;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long peerGeneration() {
        return generation;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            release();
            if (ownership != null) {
                ownership.close();
                ownership = null;
            }
            closed = true;
            description = "pty:" + link + " (closed)";
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void release() {
        if (pty == null) {
            return;
        }
        removeLinkIfOurs(pty.slaveName());
        pty.close();
        pty = null;
        LOG.info("simulator pty {} closed", link);
    }

    /** Points the link at {@code slave}; the caller holds the path's lock, so any link there is stale. */
    private void pointLinkAt(String slave) throws EndpointException {
        try {
            if (Files.isSymbolicLink(link)) {
                String old = Files.readSymbolicLink(link).toString();
                Files.delete(link);
                staleLink = old;
                LOG.info("replaced the stale link {} -> {}: no running simulator holds it", link, old);
            } else if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                throw new EndpointException(EndpointException.Kind.BAD_ADDRESS, link + " exists and is not a symbolic link"
                        + " (refusing to replace a file); choose another path", false, null);
            }
            Files.createSymbolicLink(link, Path.of(slave));
        } catch (IOException e) {
            boolean denied = e instanceof java.nio.file.AccessDeniedException
                    || (e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                    && f.getReason().contains("not permitted"));
            throw new EndpointException(EndpointException.Kind.BAD_ADDRESS, "cannot create " + link + ": " + (denied
                    ? "folder " + link.getParent() + " is read-only or not writable by this user"
                    : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : "file system error"), false, e);
        }
    }

    private void removeLinkIfOurs(String slave) {
        try {
            if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(Path.of(slave))) {
                Files.delete(link);
            }
        } catch (IOException e) {
            LOG.warn("could not remove link {}: {}", link, e.getMessage());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
