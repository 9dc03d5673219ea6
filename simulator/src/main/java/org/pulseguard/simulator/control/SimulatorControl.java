package org.pulseguard.simulator.control;

import java.util.Objects;
import org.pulseguard.protocol.reference.WireInterlock;
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
public final class SimulatorControl extends FaultInjectingControl {
    private final SimulatedLaser laser;
    private final ProtocolServer server;

    /** Made by the simulator facade when it starts. */
    public SimulatorControl(SimulatedLaser laser, ProtocolServer server, LinkFaultPlan linkFaults, FaultLedger ledger) {
        super(server, linkFaults, ledger);
        this.laser = Objects.requireNonNull(laser, "laser");
        this.server = server;
    }

    /** Opens an interlock (for KEY_SWITCH: key off; for EMERGENCY_STOP_BUTTON: button pressed). */
    public void openInterlock(WireInterlock interlock) {
        laser.setInterlock(interlock, true);
    }

    /** Closes an interlock (for KEY_SWITCH: key on; for EMERGENCY_STOP_BUTTON: button released). */
    public void closeInterlock(WireInterlock interlock) {
        laser.setInterlock(interlock, false);
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

    @Override
    protected void setFootswitch(boolean pressed) {
        laser.setFootswitch(pressed);
    }

    /** Opens or closes the wire interlock that carries {@code input} (each input has its own bit). */
    @Override
    protected void setInput(InterlockInput input, boolean open) {
        laser.setInterlock(wireInterlock(input), open);
    }

    @Override
    protected void setEnergyDrift(double fractionPerMinute) {
        laser.setEnergyDrift(fractionPerMinute);
    }

    @Override
    protected void setEnergyOffset(double fraction) {
        laser.setEnergyOffset(fraction);
    }

    @Override
    protected void setMisapplyPending(boolean pending) {
        laser.setMisapplyPending(pending);
    }

    /** Power-cycles the unit: volatile state reset, counters kept, event numbers restart at 0. */
    @Override
    public void reboot() {
        laser.reboot();
    }

    /** Pulses fired from the unit's own panel: its counters advance, no event goes to the host. */
    @Override
    public void fireLocally(int pulses) {
        checkPulses(pulses);
        laser.fireLocally(pulses);
    }

    /** The true state now. */
    @Override
    public DeviceSnapshot snapshot() {
        return new DeviceSnapshot(laser.snapshot(), server.statistics(), ledger().counts());
    }
}
