package org.pulseguard.simulator.control;

import java.time.Duration;
import java.util.Objects;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.fault.LinkFaultPlan;
import org.pulseguard.simulator.link.EndpointLink;

/**
 * The part of a unit's back door ({@link UnitControl}) that every dialect shares: the physical
 * inputs as {@link InterlockInput}s, link faults on the unit's {@link EndpointLink}, and the fault
 * ledger entries. A dialect's control says how its unit takes an input, a setting fault, a reboot
 * and a snapshot.
 *
 * <p>Thread-safe as long as the unit and the link are; every method acts at once on the running
 * simulator.
 */
public abstract class FaultInjectingControl implements UnitControl {
    private final EndpointLink server;
    private final LinkFaultPlan linkFaults;
    private final FaultLedger ledger;

    /** The link the unit is served on, its fault plan and the ledger of faults exercised. */
    protected FaultInjectingControl(EndpointLink server, LinkFaultPlan linkFaults, FaultLedger ledger) {
        this.server = Objects.requireNonNull(server, "server");
        this.linkFaults = Objects.requireNonNull(linkFaults, "linkFaults");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** Presses ({@code true}) or releases the unit's footswitch. */
    protected abstract void setFootswitch(boolean pressed);

    /** Opens ({@code true}) or closes the unit's physical input. */
    protected abstract void setInput(InterlockInput input, boolean open);

    /** Sets the unit's measured-energy drift per minute (0 removes it). */
    protected abstract void setEnergyDrift(double fractionPerMinute);

    /** Sets the unit's measured-energy offset (0 removes it). */
    protected abstract void setEnergyOffset(double fraction);

    /** Arms or disarms the misapply of the next accepted setting. */
    protected abstract void setMisapplyPending(boolean pending);

    /** Refuses a local fire of no pulses. */
    static void checkPulses(int pulses) {
        if (pulses < 1) {
            throw new IllegalArgumentException("a local fire needs at least 1 pulse, got " + pulses);
        }
    }

    /** The ledger of faults exercised. */
    protected final FaultLedger ledger() {
        return ledger;
    }

    /** Presses the footswitch (held until released). */
    @Override
    public void pressFootswitch() {
        setFootswitch(true);
    }

    /** Releases the footswitch. */
    @Override
    public void releaseFootswitch() {
        setFootswitch(false);
    }

    /** Opens the physical input {@code input}. */
    @Override
    public void openInterlock(InterlockInput input) {
        setInput(input, true);
    }

    /** Closes the physical input {@code input}. */
    @Override
    public void closeInterlock(InterlockInput input) {
        setInput(input, false);
    }

    /** Turns the key switch on or off. */
    @Override
    public void key(boolean on) {
        setInput(InterlockInput.KEY, !on);
    }

    /** Presses (latched) or releases the hardware emergency-stop button. */
    @Override
    public void emergencyStopButton(boolean pressed) {
        setInput(InterlockInput.EMERGENCY_STOP, pressed);
    }

    /** Coolant over temperature (TEMPERATURE input opens) or back within limits. */
    @Override
    public void overTemperature(boolean hot) {
        if (hot) {
            ledger.record(FaultKind.OVER_TEMPERATURE, "coolant over limit");
        }
        setInput(InterlockInput.TEMPERATURE, hot);
    }

    /** Water flow lost (WATER_FLOW input opens) or restored. */
    @Override
    public void waterFlowLoss(boolean lost) {
        if (lost) {
            ledger.record(FaultKind.WATER_FLOW_LOSS, "water flow lost");
        }
        setInput(InterlockInput.WATER_FLOW, lost);
    }

    /** Drops the next {@code count} replies. */
    @Override
    public void dropReplies(int count) {
        linkFaults.dropNext(count);
    }

    /** Holds the output line for {@code delay} before each of the next {@code count} replies. */
    @Override
    public void delayReplies(int count, Duration delay) {
        linkFaults.delayNext(count, delay.toMillis());
    }

    /** Flips one bit in each of the next {@code count} replies. */
    @Override
    public void corruptReplies(int count) {
        linkFaults.corruptNext(count);
    }

    /** Sends each of the next {@code count} replies twice. */
    @Override
    public void duplicateReplies(int count) {
        linkFaults.duplicateNext(count);
    }

    /** Sends each of the next {@code count} replies in three pieces, {@code gap} apart. */
    @Override
    public void splitReplies(int count, Duration gap) {
        linkFaults.splitNext(count, gap.toMillis());
    }

    /** Cuts each of the next {@code count} replies short (the rest is never sent). */
    @Override
    public void truncateReplies(int count) {
        linkFaults.truncateNext(count);
    }

    /** Stops answering: no replies, no events, requests ignored; the unit (and its watchdog) keeps running. */
    @Override
    public void mute() {
        linkFaults.setMuted(true);
        ledger.record(FaultKind.MUTE, "device stopped answering");
    }

    /** Answers again. */
    @Override
    public void unmute() {
        linkFaults.setMuted(false);
    }

    /** Cuts the link: the client reads end of file; see {@link #restoreLink()}. */
    @Override
    public void cutLink() {
        server.cutLink();
    }

    /** Re-creates the link after a cut (a new pty behind the same link path, the same TCP port). */
    @Override
    public void restoreLink() throws EndpointException {
        server.restoreLink();
    }

    /** Measured energy drifts by {@code fractionPerMinute} (0.05 = 5 %/min) from now on; 0 removes it. */
    @Override
    public void energyDrift(double fractionPerMinute) {
        if (fractionPerMinute != 0) {
            ledger.record(FaultKind.ENERGY_DRIFT, fractionPerMinute + " per minute");
        }
        setEnergyDrift(fractionPerMinute);
    }

    /** Measured energy is off by {@code fraction} (0.3 = +30 %); 0 removes it. */
    @Override
    public void energyOffset(double fraction) {
        if (fraction != 0) {
            ledger.record(FaultKind.ENERGY_OFFSET, "offset " + fraction);
        }
        setEnergyOffset(fraction);
    }

    /** The next accepted setting is applied with a different value. */
    @Override
    public void misapplyNextSet() {
        setMisapplyPending(true);
    }

    /** Sends {@code count} garbage bytes now. */
    @Override
    public void injectGarbage(int count) {
        server.injectGarbage(count);
    }

    /** Forgets pending link faults, unmutes, removes energy drift and offset and a pending misapply. */
    @Override
    public void clearFaults() {
        linkFaults.clear();
        setEnergyDrift(0);
        setEnergyOffset(0);
        setMisapplyPending(false);
    }
}
