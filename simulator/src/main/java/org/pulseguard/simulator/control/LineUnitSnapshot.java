package org.pulseguard.simulator.control;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.link.SimulatorLinkStatistics;

/**
 * The true state of a Big Sky or Quanta-Ray unit at one instant: the dialect-neutral reading
 * ({@link UnitSnapshot}) plus the dialect's own detail. Immutable.
 *
 * @param dialect {@code bigsky} or {@code quantaray}
 * @param unitState where the unit stands on its ladder
 * @param openInputs physical inputs not satisfied
 * @param footswitchPressed whether the footswitch is held
 * @param emittedPulses pulses that left the unit since the simulator started
 * @param pulseCounter the unit's emitted-pulse counter as the host reads it
 * @param energyMillijoules energy per pulse of the current setting, before noise and drift
 * @param lastPulseEnergyMillijoules true energy of the last pulse, 0 before any
 * @param rateHertz rate at which the unit fires when triggered
 * @param watchdogExpiries host watchdog or time-out expiries that stopped the unit
 * @param energyDriftPerMinute injected drift, fraction per minute
 * @param energyOffset injected step offset, fraction
 * @param misapplyPending whether the next setting will be misapplied
 * @param device the dialect's detail
 * @param link the protocol server's tallies
 * @param faultsExercised how often each injected fault acted
 * @param <D> the detail type
 */
public record LineUnitSnapshot<D>(String dialect, UnitState unitState, Set<InterlockInput> openInputs,
                                  boolean footswitchPressed, long emittedPulses, long pulseCounter,
                                  double energyMillijoules, double lastPulseEnergyMillijoules, double rateHertz,
                                  long watchdogExpiries, double energyDriftPerMinute, double energyOffset,
                                  boolean misapplyPending, D device, SimulatorLinkStatistics link,
                                  Map<FaultKind, Long> faultsExercised) implements UnitSnapshot {
    public LineUnitSnapshot {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(unitState, "unitState");
        openInputs = openInputs.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(openInputs));
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(link, "link");
        faultsExercised = Map.copyOf(faultsExercised);
    }
}
