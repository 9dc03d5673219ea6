package org.pulseguard.simulator.control;

import java.util.Map;
import java.util.Objects;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.link.LinkStatistics;
import org.pulseguard.simulator.model.ModelSnapshot;

/**
 * The simulator's true state at one instant: the unit (state, interlocks, fault, footswitch,
 * setpoint, counters, last measured energy, watchdog expiries), the link (requests, duplicates,
 * NAKs, pending link faults) and the faults exercised so far with their counts. Immutable.
 *
 * @param device the unit
 * @param link the protocol server's tallies
 * @param faultsExercised how often each injected fault acted (kinds that never acted are absent)
 */
public record DeviceSnapshot(ModelSnapshot device, LinkStatistics link, Map<FaultKind, Long> faultsExercised) {
    public DeviceSnapshot {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(link, "link");
        faultsExercised = Map.copyOf(faultsExercised);
    }
}
