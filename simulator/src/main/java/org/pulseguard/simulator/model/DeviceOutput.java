package org.pulseguard.simulator.model;

import java.util.List;
import org.pulseguard.protocol.reference.Event;

/**
 * Where {@link SimulatedLaser} sends what the unit reports on its own. Called with the laser's
 * lock held, so calls arrive in device order; implementations must be quick and must not call
 * back into the laser from another thread while blocking.
 */
public interface DeviceOutput {

    /** Events in the order they happened. */
    void onEvents(List<Event> events);

    /** The unit rebooted: its volatile communication state (event counter, reply cache) is gone. */
    void onReboot();
}
