package org.pulseguard.simulator.endpoint;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * The few libc calls a pseudo-terminal needs, through JNA (glibc 2.34+ has {@code openpty} in
 * libc itself). Linux only. Thread-safe as libc is.
 */
interface LibC extends Library {
    int TCSANOW = 0;
    int TCIFLUSH = 0;
    int F_GETFL = 3;
    int F_SETFL = 4;
    int O_NONBLOCK = 0x800;
    short POLLIN = 0x1;
    short POLLOUT = 0x4;
    int EAGAIN = 11;
    int EINTR = 4;

    /** Loaded on first use. */
    static LibC get() {
        return Holder.INSTANCE;
    }

    int openpty(IntByReference master, IntByReference slave, Pointer name, Pointer termios, Pointer winsize);

    int tcgetattr(int fd, Pointer termios);

    void cfmakeraw(Pointer termios);

    int tcsetattr(int fd, int optionalActions, Pointer termios);

    int tcflush(int fd, int queueSelector);

    int ptsname_r(int fd, byte[] buffer, NativeLong length);

    int fcntl(int fd, int command, int argument);

    int poll(Pointer fds, NativeLong count, int timeoutMillis);

    NativeLong read(int fd, byte[] buffer, NativeLong count);

    NativeLong write(int fd, byte[] buffer, NativeLong count);

    int close(int fd);

    /** Lazy holder, so merely loading the endpoint classes never loads native code. */
    final class Holder {
        private static final LibC INSTANCE = Native.load("c", LibC.class);

        private Holder() { }
    }
}
