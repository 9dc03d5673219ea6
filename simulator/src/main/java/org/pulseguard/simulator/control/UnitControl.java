package org.pulseguard.simulator.control;

import java.time.Duration;
import org.pulseguard.simulator.endpoint.EndpointException;

/**
 * The dialect-neutral back door of a simulated unit, for tests, scenarios and people: its physical
 * inputs (footswitch, key, interlocks, emergency-stop button), device faults (reboot, energy drift
 * and offset, over-temperature, water flow, misapplied settings), link faults on its replies, and
 * its true state. Implemented for every dialect; the text control lines run on it.
 *
 * <p>Implementations are thread-safe; every method acts at once on the running simulator.
 */
public interface UnitControl {

    /** Presses the footswitch (held until released). */
    void pressFootswitch();

    /** Releases the footswitch. */
    void releaseFootswitch();

    /** Opens a physical input (key off, door open, cover off, flow lost, coolant hot, button pressed). */
    void openInterlock(InterlockInput input);

    /** Closes a physical input again. */
    void closeInterlock(InterlockInput input);

    /** Turns the key switch on or off. */
    void key(boolean on);

    /** Presses or releases the hardware emergency-stop button. */
    void emergencyStopButton(boolean pressed);

    /** Coolant over temperature, or back within limits (counted as a fault when it starts). */
    void overTemperature(boolean hot);

    /** Water flow lost, or restored (counted as a fault when lost). */
    void waterFlowLoss(boolean lost);

    /** Drops the next {@code count} replies. */
    void dropReplies(int count);

    /** Holds the output line for {@code delay} before each of the next {@code count} replies. */
    void delayReplies(int count, Duration delay);

    /** Corrupts one byte in each of the next {@code count} replies (detectably, see the README). */
    void corruptReplies(int count);

    /** Sends each of the next {@code count} replies twice. */
    void duplicateReplies(int count);

    /** Sends each of the next {@code count} replies in pieces, {@code gap} apart. */
    void splitReplies(int count, Duration gap);

    /** Sends only a first part (at least one byte, never all) of each of the next {@code count} replies. */
    void truncateReplies(int count);

    /** Stops answering: nothing is sent and what arrives is thrown away; the unit keeps running. */
    void mute();

    /** Answers again. */
    void unmute();

    /** Cuts the link: the client reads end of file until {@link #restoreLink()}. */
    void cutLink();

    /** Re-creates the link after a cut (a new pty behind the same path, the same TCP port). */
    void restoreLink() throws EndpointException;

    /** Power-cycles the unit: settings back to power-up, counters kept. */
    void reboot();

    /**
     * Fires {@code pulses} pulses from the unit's own front panel (a local or service fire, as an
     * engineer does after a lamp change), with no host involved: the unit's counters advance and
     * nothing is reported over the link. What a controller that was down finds at its next connect.
     *
     * @throws IllegalArgumentException if {@code pulses} is not positive
     */
    void fireLocally(int pulses);

    /** Pulse energy drifts by {@code fractionPerMinute} (0.05 = 5 %/min) from now on; 0 removes it. */
    void energyDrift(double fractionPerMinute);

    /** Pulse energy is off by {@code fraction} (0.3 = +30 %); 0 removes it. */
    void energyOffset(double fraction);

    /** The next accepted setting is applied with a slightly different value than the one sent. */
    void misapplyNextSet();

    /** Sends {@code count} garbage bytes now. */
    void injectGarbage(int count);

    /** Forgets pending link faults, unmutes, removes drift, offset and a pending misapply. */
    void clearFaults();

    /** The true state now. */
    UnitSnapshot snapshot();
}
