package org.pulseguard.simulator.threads;

import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every simulator thread is made here: named, daemon, and with an uncaught-exception handler, so
 * that no simulator thread dies silently. What a thread death does is one process-wide policy:
 * embedded in a test or the demo it is logged (the default); in {@code pulseguard sim}
 * ({@link #endProcessOnThreadDeath}) it ends the process with one line on stderr and exit code
 * {@value #EXIT_THREAD_DIED}, because a simulator with a dead reader, writer or ticker (an
 * OutOfMemoryError, say) would otherwise keep its endpoint open and answer nothing.
 *
 * <p>Thread-safe.
 */
public final class SimulatorThreads {
    /** The exit code of a process ended by a simulator thread's death (EX_SOFTWARE). */
    public static final int EXIT_THREAD_DIED = 70;

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorThreads.class);
    private static final ThreadDeathPolicy LOG_ONLY = (thread, failure) ->
            LOG.error("simulator thread {} died: {}", thread, describe(failure));
    private static volatile ThreadDeathPolicy policy = LOG_ONLY;

    private SimulatorThreads() { }

    /** What happens when a simulator thread dies. Implementations must not throw. */
    @FunctionalInterface
    public interface ThreadDeathPolicy {
        /** {@code threadName} died of {@code failure}. */
        void threadDied(String threadName, Throwable failure);
    }

    /** A daemon thread named {@code name} running {@code body}, its death reported to the policy; not started. */
    public static Thread newThread(Runnable body, String name) {
        Thread thread = new Thread(Objects.requireNonNull(body, "body"), Objects.requireNonNull(name, "name"));
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((dead, failure) -> threadDied(dead.getName(), failure));
        return thread;
    }

    /** A factory of such threads named {@code name}, then {@code name-2}, {@code name-3}, ... */
    public static ThreadFactory named(String name) {
        AtomicInteger made = new AtomicInteger();
        return body -> newThread(body, made.incrementAndGet() == 1 ? name : name + "-" + made.get());
    }

    /**
     * Reports that the calling thread cannot go on after {@code failure} although it has not died
     * (a task on an executor, where an uncaught throwable would only cancel the task).
     */
    public static void taskDied(Throwable failure) {
        threadDied(Thread.currentThread().getName(), failure);
    }

    /**
     * From now on a simulator thread's death prints one line on {@code err} and halts the process
     * with {@value #EXIT_THREAD_DIED} (halt, not exit: after an OutOfMemoryError the shutdown hooks
     * may not be able to run).
     */
    public static void endProcessOnThreadDeath(PrintStream err) {
        Objects.requireNonNull(err, "err");
        setPolicy((thread, failure) -> {
            err.println("pulseguard sim: stopping: simulator thread " + thread + " died of " + describe(failure));
            err.flush();
            Runtime.getRuntime().halt(EXIT_THREAD_DIED);
        });
    }

    /** Replaces the policy (tests); returns the one it replaced. */
    public static ThreadDeathPolicy setPolicy(ThreadDeathPolicy replacement) {
        ThreadDeathPolicy old = policy;
        policy = Objects.requireNonNull(replacement, "replacement");
        return old;
    }

    private static void threadDied(String threadName, Throwable failure) {
        try {
            policy.threadDied(threadName, failure);
        } catch (RuntimeException | Error again) {
            System.err.println("simulator thread " + threadName + " died of " + describe(failure));
        }
    }

    /** {@code OutOfMemoryError: Java heap space}, on one line. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
