package org.pulseguard.simulator.control;

import java.util.Objects;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultLedger;
import org.pulseguard.simulator.fault.LinkFaultPlan;
import org.pulseguard.simulator.link.LineProtocolServer;

/**
 * The back door of a Big Sky or Quanta-Ray unit: {@link UnitControl} on a {@link UnitDevice} and
 * its {@link LineProtocolServer}. Thread-safe.
 *
 * @param <D> the dialect's detail in the snapshot
 */
public final class LineUnitControl<D> extends FaultInjectingControl {
    private final UnitDevice<D> device;
    private final LineProtocolServer server;

    /** Made by the simulator facade when it starts. */
    public LineUnitControl(UnitDevice<D> device, LineProtocolServer server, LinkFaultPlan linkFaults,
                           FaultLedger ledger) {
        super(server, linkFaults, ledger);
        this.device = Objects.requireNonNull(device, "device");
        this.server = server;
    }

    @Override
    protected void setFootswitch(boolean pressed) {
        device.setFootswitch(pressed);
    }

    @Override
    protected void setInput(InterlockInput input, boolean open) {
        device.setInput(input, open);
    }

    @Override
    protected void setEnergyDrift(double fractionPerMinute) {
        device.setEnergyDrift(fractionPerMinute);
    }

    @Override
    protected void setEnergyOffset(double fraction) {
        device.setEnergyOffset(fraction);
    }

    @Override
    protected void setMisapplyPending(boolean pending) {
        device.setMisapplyPending(pending);
    }

    /** Power cycle: the unit's settings and the link's unsent output and line speed go back to power-up. */
    @Override
    public void reboot() {
        server.powerCycled();
        device.reboot();
        ledger().record(FaultKind.REBOOT, "power cycle");
    }

    /** Pulses fired from the unit's own panel: its counters advance, the link reports nothing. */
    @Override
    public void fireLocally(int pulses) {
        device.fireLocally(pulses);
    }

    @Override
    public LineUnitSnapshot<D> snapshot() {
        return device.snapshot(server.statistics(), ledger().counts());
    }
}
