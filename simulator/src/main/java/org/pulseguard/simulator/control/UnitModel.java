package org.pulseguard.simulator.control;

/**
 * A text-dialect unit's deterministic model as its {@link ClockedUnit} drives it: time only moves
 * through {@link #advanceTo(long)} and the time given with each input, so a test drives minutes of
 * device time in microseconds. What each input does to the unit is the dialect's own physics.
 *
 * <p>Not thread-safe: the unit serialises access.
 */
public interface UnitModel {

    /** Runs every timed action due up to {@code nanos}; time never goes backwards. */
    void advanceTo(long nanos);

    /** Presses or releases the footswitch at {@code nanos}. */
    void setFootswitch(boolean pressed, long nanos);

    /** Opens or closes a physical input at {@code nanos}. */
    void setInput(InterlockInput input, boolean opened, long nanos);

    /** Power cycle at {@code nanos}. */
    void reboot(long nanos);

    /** {@code pulses} pulses fired from the unit's own panel at {@code nanos}: counters only (see {@link UnitControl#fireLocally}). */
    void fireLocally(int pulses, long nanos);

    /** Safe state after an internal error, at {@code nanos}. */
    void failSafe(long nanos);

    /** Energy drift of {@code fractionPerMinute} from {@code nanos} on (0 removes it). */
    void setEnergyDrift(double fractionPerMinute, long nanos);

    /** Energy step offset (0 removes it). */
    void setEnergyOffset(double fraction);

    /** Whether the next accepted numeric setting is applied one step off. */
    void setMisapplyPending(boolean pending);
}
