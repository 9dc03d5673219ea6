package org.pulseguard.simulator.control;

import java.time.Duration;
import java.util.Objects;
import org.pulseguard.protocol.reference.WireInterlock;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.fault.LinkFaultPlan;
import org.pulseguard.simulator.link.ProtocolServer;
import org.pulseguard.simulator.model.SimulatedLaser;

/**
 * The reference laser's back door ({@link UnitControl}, plus the reference-only forms that name
 * its wire interlocks), for tests and people: the unit's physical inputs (footswitch, key,
 * interlocks, e-stop button), fault injection (link faults, reboot, energy drift and offset,
 * over-temperature, water flow loss, misapplied setpoints, garbage) and the true state.
 *
 * <p>Thread-safe. Every method acts at once on the running simulator.
 */
public final class SimulatorControl implements UnitControl {
    private final SimulatedLaser laser;
    private final ProtocolServer server;
    private final LinkFaultPlan linkFaults;
    private final FaultLedger ledger;

    /** Made by the simulator facade when it starts. */
    public SimulatorControl(SimulatedLaser laser, ProtocolServer server, LinkFaultPlan linkFaults, FaultLedger ledger) {
        this.laser = Objects.requireNonNull(laser, "laser");
        this.server = Objects.requireNonNull(server, "server");
        this.linkFaults = Objects.requireNonNull(linkFaults, "linkFaults");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** Presses the footswitch (held until released). */
    @Override
    public void pressFootswitch() {
        laser.setFootswitch(true);
    }

    /** Releases the footswitch. */
    @Override
    public void releaseFootswitch() {
        laser.setFootswitch(false);
    }

    /** Opens an interlock (for KEY_SWITCH: key off; for EMERGENCY_STOP_BUTTON: button pressed). */
    public void openInterlock(WireInterlock interlock) {
        laser.setInterlock(interlock, true);
    }

    /** Closes an interlock (for KEY_SWITCH: key on; for EMERGENCY_STOP_BUTTON: button released). */
    public void closeInterlock(WireInterlock interlock) {
        laser.setInterlock(interlock, false);
    }

    /** Opens the wire interlock that carries {@code input} (each input has its own bit). */
    @Override
    public void openInterlock(InterlockInput input) {
        openInterlock(wireInterlock(input));
    }

    @Override
    public void closeInterlock(InterlockInput input) {
        closeInterlock(wireInterlock(input));
    }

    /** The reference laser's interlock bit for a physical input. */
    public static WireInterlock wireInterlock(InterlockInput input) {
        switch (input) {
            case KEY:
                return WireInterlock.KEY_SWITCH;
            case REMOTE:
                return WireInterlock.REMOTE;
            case COVER:
                return WireInterlock.COVER;
            case WATER_FLOW:
                return WireInterlock.WATER_FLOW;
            case TEMPERATURE:
                return WireInterlock.TEMPERATURE;
            default:
                return WireInterlock.EMERGENCY_STOP_BUTTON;
        }
    }

    /** Turns the key switch on (OFF to WARM_UP) or off (any state to OFF). */
    @Override
    public void key(boolean on) {
        laser.setInterlock(WireInterlock.KEY_SWITCH, !on);
    }

    /** Presses (latched EMERGENCY_STOP) or releases the hardware emergency-stop button. */
    @Override
    public void emergencyStopButton(boolean pressed) {
        laser.setInterlock(WireInterlock.EMERGENCY_STOP_BUTTON, pressed);
    }

    /** Coolant over temperature (TEMPERATURE interlock opens) or back within limits. */
    @Override
    public void overTemperature(boolean hot) {
        if (hot) {
            ledger.record(FaultKind.OVER_TEMPERATURE, "coolant over limit");
        }
        laser.setInterlock(WireInterlock.TEMPERATURE, hot);
    }

    /** Water flow lost (WATER_FLOW interlock opens) or restored. */
    @Override
    public void waterFlowLoss(boolean lost) {
        if (lost) {
            ledger.record(FaultKind.WATER_FLOW_LOSS, "water flow lost");
        }
        laser.setInterlock(WireInterlock.WATER_FLOW, lost);
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

    /** Power-cycles the unit: volatile state reset, counters kept, event numbers restart at 0. */
    @Override
    public void reboot() {
        laser.reboot();
    }

    /** Measured energy drifts by {@code fractionPerMinute} (0.05 = 5 %/min) from now on; 0 removes it. */
    @Override
    public void energyDrift(double fractionPerMinute) {
        if (fractionPerMinute != 0) {
            ledger.record(FaultKind.ENERGY_DRIFT, fractionPerMinute + " per minute");
        }
        laser.setEnergyDrift(fractionPerMinute);
    }

    /** Measured energy is off by {@code fraction} (0.3 = +30 %); 0 removes it. */
    @Override
    public void energyOffset(double fraction) {
        if (fraction != 0) {
            ledger.record(FaultKind.ENERGY_OFFSET, "offset " + fraction);
        }
        laser.setEnergyOffset(fraction);
    }

    /** The next accepted SET request is applied with a different value (one step off, or the other wavelength). */
    @Override
    public void misapplyNextSet() {
        laser.setMisapplyPending(true);
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
        laser.setEnergyDrift(0);
        laser.setEnergyOffset(0);
        laser.setMisapplyPending(false);
    }

    /** The true state now. */
    @Override
    public DeviceSnapshot snapshot() {
        return new DeviceSnapshot(laser.snapshot(), server.statistics(), ledger.counts());
    }
}
