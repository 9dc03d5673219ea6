package org.pulseguard.simulator.console;

import java.util.Objects;

/**
 * One parsed control line, ready to run. Immutable.
 *
 * @param text the line as normalised (lower case, single spaces)
 * @param action what it does
 */
public record ControlCommand(String text, ControlAction action) {
    public ControlCommand {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(action, "action");
    }
}
