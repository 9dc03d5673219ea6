package org.pulseguard.simulator.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A fault timeline: control lines at set times, for example "at 5 s the door interlock opens".
 * Immutable; steps are in non-decreasing time order.
 *
 * @param name where it came from (file name), for messages
 * @param steps the steps in time order
 */
public record Scenario(String name, List<ScenarioStep> steps) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        steps = List.copyOf(steps);
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).atMillis() < steps.get(i - 1).atMillis()) {
                throw new IllegalArgumentException("step " + i + " of " + name + " is earlier than step " + (i - 1));
            }
        }
    }
}
