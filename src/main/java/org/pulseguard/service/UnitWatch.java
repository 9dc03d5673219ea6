package org.pulseguard.service;

import org.pulseguard.device.Setpoint;
import org.pulseguard.session.EventFacts;
import org.pulseguard.session.SupervisorEvent;
import org.pulseguard.session.SupervisorEventListener;

/**
 * What the service shows of a unit beyond the supervisor's state: the setpoint the supervisor last
 * verified on the unit in the open session (cleared when the session closes). It only watches the
 * supervisor's events; it decides nothing. Thread-safe (events arrive on the supervisor's threads).
 */
final class UnitWatch implements SupervisorEventListener {
    private volatile Setpoint applied;

    @Override
    public void onEvent(SupervisorEvent event) {
        if (event.facts() instanceof EventFacts.SetpointVerified verified) {
            applied = verified.readBack();
        } else if (event.facts() instanceof EventFacts.SessionClosing) {
            applied = null;
        }
    }

    /** The verified setpoint of the open session, or null. */
    Setpoint applied() {
        return applied;
    }
}
