package org.pulseguard.simulator.scenario;

import java.util.Objects;

/**
 * One line of a scenario: a control line to run at a time after the scenario starts. Immutable.
 *
 * @param atMillis milliseconds after the start, >= 0
 * @param command a control line (see {@code ControlLineParser.HELP})
 */
public record ScenarioStep(long atMillis, String command) {
    public ScenarioStep {
        if (atMillis < 0) {
            throw new IllegalArgumentException("atMillis " + atMillis + " is negative");
        }
        Objects.requireNonNull(command, "command");
    }
}
