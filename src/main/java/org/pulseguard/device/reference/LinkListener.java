package org.pulseguard.device.reference;

import org.pulseguard.protocol.reference.Event;

/**
 * What a {@link ReferenceLink} reports to its driver. Called on the link's reader thread (and, for
 * a loss found by the heartbeat or a failed write, on that thread); implementations must return
 * quickly and must not call back into the link's lifecycle.
 */
interface LinkListener {

    /** A new (not duplicated) event from the unit. */
    void onEvent(Event event);

    /** {@code count} events were lost just before the next one. */
    void onEventsMissed(int count);

    /** The link was lost (not closed on purpose); called once per link. */
    void onLinkLost(String reason);
}
