package org.pulseguard.session;

import java.time.Instant;
import java.util.Objects;

/**
 * The supervisor cannot know how many pulses the unit fired after {@code since}: the link was lost
 * while the unit could fire (armed, or pulses still being counted after a stop), so pulses the unit
 * fired until its own watchdog or the operator stopped it were never reported. The count on record
 * is then a lower bound until a later reconciliation with the unit's counter. Immutable.
 *
 * @param since when the link was lost (injected clock)
 * @param cause why the count is open, e.g. {@link ReasonCode#LINK_LOST}
 */
public record UnknownPulses(Instant since, ReasonCode cause) {
    public UnknownPulses {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String toString() {
        return "pulses after " + since + " unknown (" + cause + ")";
    }
}
