package org.pulseguard.simulator.control;

import java.util.Map;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.link.SimulatorLinkStatistics;

/**
 * A text-dialect unit as its simulator threads and back door see it: a deterministic model read
 * against an injected clock, every operation under one lock. Implemented by the Big Sky and
 * Quanta-Ray units.
 *
 * @param <D> the dialect's own detail in the snapshot
 */
public interface UnitDevice<D> {

    /** {@code bigsky} or {@code quantaray}. */
    String dialect();

    /** Advances the model to the clock's time (called by the ticker every couple of milliseconds). */
    void tick();

    /** Safe state after an internal error on a simulator thread: nothing can fire until re-armed. */
    void failSafe();

    /** Presses or releases the footswitch. */
    void setFootswitch(boolean pressed);

    /** Opens or closes a physical input. */
    void setInput(InterlockInput input, boolean open);

    /** Power cycle: settings back to power-up, counters kept. */
    void reboot();

    /** Pulses fired from the unit's own panel, no host involved (see {@link UnitControl#fireLocally}). */
    void fireLocally(int pulses);

    /** Energy drift, fraction per minute from now (0 removes it). */
    void setEnergyDrift(double fractionPerMinute);

    /** Energy step offset, fraction (0 removes it). */
    void setEnergyOffset(double fraction);

    /** Whether the next accepted setting is applied with a different value (false cancels it). */
    void setMisapplyPending(boolean pending);

    /** The true state now, with the link's tallies and the faults exercised. */
    LineUnitSnapshot<D> snapshot(SimulatorLinkStatistics link, Map<FaultKind, Long> faultsExercised);
}
