package org.pulseguard.session;

import java.util.Optional;

/**
 * What keeps the supervisor's records (the treatment journal), as the supervisor sees it: before it
 * lets a unit arm, every record already handed to its listeners (the session's opening, the
 * setpoint) must be durable. The journal implements it; the supervisor depends on nothing else of
 * it. When the journal fails later it calls {@link SessionSupervisor#recordKeepingFailed}.
 */
@FunctionalInterface
public interface RecordKeeping {
    /** Nothing to wait for: a supervisor with no journal (tests, probes). */
    RecordKeeping NONE = () -> Optional.empty();

    /**
     * Waits (a bounded time of the keeper's choosing, at most a few seconds) until every event
     * already delivered to the listeners is durable. Must not throw.
     *
     * @return empty when they are; otherwise why not, in plain words, for the refusal
     */
    Optional<String> awaitDurable();
}
