package org.pulseguard.simulator.control;

import java.util.Map;
import java.util.Set;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.link.SimulatorLinkStatistics;

/**
 * The true state of a simulated unit at one instant, in dialect-neutral terms and physical units.
 * Each dialect's snapshot adds its own detail. Implementations are immutable.
 */
public interface UnitSnapshot {

    /** {@code reference}, {@code bigsky} or {@code quantaray}. */
    String dialect();

    /** Where the unit stands on its ladder. */
    UnitState unitState();

    /** Physical inputs not satisfied now. */
    Set<InterlockInput> openInputs();

    /** Whether the footswitch is held. */
    boolean footswitchPressed();

    /** Pulses that actually left the unit since the simulator started (across reboots). */
    long emittedPulses();

    /** The unit's own emitted-pulse counter as a host reads it (lifetime, {@code CQ}, {@code SHOT?}). */
    long pulseCounter();

    /** Energy per pulse the current setting produces, before noise and drift, in millijoules. */
    double energyMillijoules();

    /** True energy of the last emitted pulse (noise, drift and offset included), in millijoules; 0 before any. */
    double lastPulseEnergyMillijoules();

    /** Pulse repetition rate the unit would fire at now, in hertz. */
    double rateHertz();

    /** How often a host watchdog turned the unit off or to standby since the simulator started. */
    long watchdogExpiries();

    /** The protocol server's tallies. */
    SimulatorLinkStatistics link();

    /** How often each injected fault acted (kinds that never acted are absent). */
    Map<FaultKind, Long> faultsExercised();
}
