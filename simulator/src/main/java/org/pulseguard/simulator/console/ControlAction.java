package org.pulseguard.simulator.console;

import org.pulseguard.simulator.control.UnitControl;
import org.pulseguard.simulator.endpoint.EndpointException;

/** What a parsed control line does to the simulator; returns the one-line response. */
@FunctionalInterface
public interface ControlAction {

    /** Acts on {@code control}; returns the response line (for example {@code ok footswitch pressed}). */
    String run(UnitControl control) throws EndpointException;
}
