package org.pulseguard.simulator.endpoint;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.ptr.IntByReference;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One pseudo-terminal pair made with libc {@code openpty}: the master the simulator reads and
 * writes (non-blocking, used with {@code poll}), and the slave ({@code /dev/pts/N}) a client opens.
 * The slave is set raw ({@code cfmakeraw}), or its line discipline would echo and translate bytes,
 * and its fd is kept open here so a client can close and reopen the slave without hanging up the
 * master. Not thread-safe; {@link PtyEndpoint} guards it.
 */
final class PseudoTerminal {
    private static final int TERMIOS_BUFFER = 512;

    private final LibC libc;
    private final int master;
    private final int slave;
    private final String slaveName;
    private final Memory pollFd = new Memory(8);

    private PseudoTerminal(LibC libc, int master, int slave, String slaveName) {
        this.libc = libc;
        this.master = master;
        this.slave = slave;
        this.slaveName = slaveName;
    }

    /** Opens a new pair with a raw slave. */
    static PseudoTerminal open() throws EndpointException {
        LibC libc = LibC.get();
        IntByReference master = new IntByReference();
        IntByReference slave = new IntByReference();
        if (libc.openpty(master, slave, null, null, null) != 0) {
            throw new EndpointException("openpty failed, errno " + Native.getLastError(), true);
        }
        PseudoTerminal pty = null;
        try {
            makeRaw(libc, slave.getValue());
            int flags = libc.fcntl(master.getValue(), LibC.F_GETFL, 0);
            libc.fcntl(master.getValue(), LibC.F_SETFL, flags | LibC.O_NONBLOCK);
            pty = new PseudoTerminal(libc, master.getValue(), slave.getValue(), slaveName(libc, master.getValue()));
            return pty;
        } finally {
            if (pty == null) {
                libc.close(master.getValue());
                libc.close(slave.getValue());
            }
        }
    }

    String slaveName() {
        return slaveName;
    }

    /** Waits up to {@code timeoutMillis} for {@code events} on the master; the events that came, 0 on timeout. */
    int poll(short events, int timeoutMillis) throws EndpointException {
        pollFd.setInt(0, master);
        pollFd.setShort(4, events);
        pollFd.setShort(6, (short) 0);
        int n = libc.poll(pollFd, new NativeLong(1), timeoutMillis);
        if (n < 0) {
            int errno = Native.getLastError();
            if (errno == LibC.EINTR) {
                return 0;
            }
            throw new EndpointException("poll on pty master failed, errno " + errno, true);
        }
        return n == 0 ? 0 : pollFd.getShort(6);
    }

    /** Reads what is there; 0 if nothing (EAGAIN). */
    int read(byte[] buffer) throws EndpointException {
        long n = libc.read(master, buffer, new NativeLong(buffer.length)).longValue();
        if (n < 0) {
            int errno = Native.getLastError();
            if (errno == LibC.EAGAIN || errno == LibC.EINTR) {
                return 0;
            }
            throw new EndpointException("read from pty master failed, errno " + errno, true);
        }
        return (int) n;
    }

    /** Writes what fits now; 0 if nothing fits (EAGAIN). */
    int write(byte[] data, int offset, int length) throws EndpointException {
        byte[] part = offset == 0 && length == data.length ? data : Arrays.copyOfRange(data, offset, offset + length);
        long n = libc.write(master, part, new NativeLong(length)).longValue();
        if (n < 0) {
            int errno = Native.getLastError();
            if (errno == LibC.EAGAIN || errno == LibC.EINTR) {
                return 0;
            }
            throw new EndpointException("write to pty master failed, errno " + errno, true);
        }
        return (int) n;
    }

    /** Throws away what was sent to the slave but never read (nobody is listening). */
    void discardUnreadOutput() {
        libc.tcflush(slave, LibC.TCIFLUSH);
    }

    /** Closes both ends; a client holding the slave then reads end of file (EIO). */
    void close() {
        libc.close(master);
        libc.close(slave);
    }

    private static void makeRaw(LibC libc, int fd) throws EndpointException {
        Memory termios = new Memory(TERMIOS_BUFFER);
        termios.clear();
        if (libc.tcgetattr(fd, termios) != 0) {
            throw new EndpointException("tcgetattr on pty slave failed, errno " + Native.getLastError(), true);
        }
        libc.cfmakeraw(termios);
        if (libc.tcsetattr(fd, LibC.TCSANOW, termios) != 0) {
            throw new EndpointException("tcsetattr on pty slave failed, errno " + Native.getLastError(), true);
        }
    }

    private static String slaveName(LibC libc, int master) throws EndpointException {
        byte[] name = new byte[128];
        int rc = libc.ptsname_r(master, name, new NativeLong(name.length));
        if (rc != 0) {
            throw new EndpointException("ptsname_r failed, error " + rc, true);
        }
        int end = 0;
        while (end < name.length && name[end] != 0) {
            end++;
        }
        return new String(name, 0, end, StandardCharsets.US_ASCII);
    }
}
