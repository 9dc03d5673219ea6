package org.pulseguard.session;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The supervisor's locks and their one order; no other class of the supervisor creates a lock.
 *
 * <pre>
 *   lock order (outer to inner)      held while                          never held while
 *   1. operator command              an operator command talks to the    -
 *                                    unit (apply, arm, handpiece, reset)
 *   2. decision                      the state machine decides (no I/O,  device I/O, listener calls,
 *                                    no listener call, microseconds)     waiting for lock 1
 * </pre>
 *
 * <ul>
 *   <li>Trips (device events, timers), {@link SessionSupervisor#standby()} and
 *       {@link SessionSupervisor#emergencyStop()} take only the decision lock, never the
 *       operator-command lock: they never wait for a command in flight.</li>
 *   <li>The laser is sent to STANDBY (or stopped) after the decision lock is released, by the
 *       thread that decided; the emergency stop goes to the laser before any lock.</li>
 *   <li>Listeners are called by {@link SupervisorOutbox} holding neither lock, so a listener may
 *       call any supervisor method.</li>
 * </ul>
 * An operator command that finds the decision lock held by its own thread would invert the order:
 * it is refused with an {@link IllegalStateException}. Thread-safe.
 */
final class SupervisorLocks {
    private final ReentrantLock operatorCommand = new ReentrantLock(true);
    private final ReentrantLock decision = new ReentrantLock(true);

    /** Runs {@code work} (which may talk to the unit) holding lock 1, so operator commands do not interleave. */
    <T> T operatorCommand(Supplier<T> work) {
        if (decision.isHeldByCurrentThread()) {
            throw new IllegalStateException("operator command started inside a supervisor decision (lock order)");
        }
        operatorCommand.lock();
        try {
            return work.get();
        } finally {
            operatorCommand.unlock();
        }
    }

    /** Runs {@code decision} holding lock 2; it must not talk to the unit or wait for anything. */
    <T> T decide(Supplier<T> work) {
        decision.lock();
        try {
            return work.get();
        } finally {
            decision.unlock();
        }
    }
}
