package org.pulseguard.cli;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The SIGTERM / Ctrl-C step of {@code pulseguard serve}, run before jSerialComm closes its ports.
 * Registered before the units connect: a signal during start-up waits for the start to end, then
 * stops what started. A completed clean shutdown exits 0 (not the signal's 143), a failed one 1;
 * when the start itself failed, the command's own exit code stands. Thread-safe.
 */
final class ServeShutdown implements Runnable {
    /** A bound on waiting for a start in progress (connecting a unit that warms up takes up to 30 s). */
    private static final long STARTUP_WAIT_SECONDS = 60;

    private final PrintStream out;
    private final CountDownLatch startupEnded = new CountDownLatch(1);
    private volatile ServeRun run;

    ServeShutdown(PrintStream out) {
        this.out = out;
    }

    /** The service is up: a signal from now on stops it. */
    void started(ServeRun running) {
        this.run = running;
        startupEnded.countDown();
    }

    /** The start failed and cleaned up after itself: a signal (or the exit) has nothing to stop. */
    void startFailed() {
        startupEnded.countDown();
    }

    @Override
    public void run() {
        try {
            if (!startupEnded.await(STARTUP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        ServeRun running = run;
        if (running == null) {
            return;
        }
        out.println("stopping: every unit to STANDBY, open sessions closed, journal sealed");
        int code = 0;
        try {
            running.close();
            out.println("stopped cleanly");
        } catch (Exception e) {
            System.err.println("pulseguard serve: the clean shutdown failed: " + e.getMessage());
            code = 1;
        }
        out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }
}
