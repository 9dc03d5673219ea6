package org.pulseguard.session;

import java.util.Objects;

/**
 * The answer to one operator request: accepted or refused, the state after, and why.
 * Immutable.
 *
 * @param accepted true when the request was carried out
 * @param state the supervisor state after the request
 * @param reason the reason code of the decision
 * @param detail every reason in words (parameter, value, limit, profile)
 */
public record Outcome(boolean accepted, SessionState state, ReasonCode reason, String detail) {
    public Outcome {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return (accepted ? "accepted " : "refused ") + reason + (detail.isEmpty() ? "" : ": " + detail) + " [" + state + "]";
    }
}
