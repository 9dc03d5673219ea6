package org.pulseguard.simulator.control;

import java.time.Duration;
import java.util.Objects;
import org.pulseguard.simulator.endpoint.EndpointException;
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
public final class LineUnitControl<D> implements UnitControl {
    private final UnitDevice<D> device;
    private final LineProtocolServer server;
    private final LinkFaultPlan linkFaults;
    private final FaultLedger ledger;

    /** Made by the simulator facade when it starts. */
    public LineUnitControl(UnitDevice<D> device, LineProtocolServer server, LinkFaultPlan linkFaults,
                           FaultLedger ledger) {
        this.device = Objects.requireNonNull(device, "device");
        this.server = Objects.requireNonNull(server, "server");
        this.linkFaults = Objects.requireNonNull(linkFaults, "linkFaults");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    @Override
    public void pressFootswitch() {
        device.setFootswitch(true);
    }

    @Override
    public void releaseFootswitch() {
        device.setFootswitch(false);
    }

    @Override
    public void openInterlock(InterlockInput input) {
        device.setInput(input, true);
    }

    @Override
    public void closeInterlock(InterlockInput input) {
        device.setInput(input, false);
    }

    @Override
    public void key(boolean on) {
        device.setInput(InterlockInput.KEY, !on);
    }

    @Override
    public void emergencyStopButton(boolean pressed) {
        device.setInput(InterlockInput.EMERGENCY_STOP, pressed);
    }

    @Override
    public void overTemperature(boolean hot) {
        if (hot) {
            ledger.record(FaultKind.OVER_TEMPERATURE, "coolant over limit");
        }
        device.setInput(InterlockInput.TEMPERATURE, hot);
    }

    @Override
    public void waterFlowLoss(boolean lost) {
        if (lost) {
            ledger.record(FaultKind.WATER_FLOW_LOSS, "water flow lost");
        }
        device.setInput(InterlockInput.WATER_FLOW, lost);
    }

    @Override
    public void dropReplies(int count) {
        linkFaults.dropNext(count);
    }

    @Override
    public void delayReplies(int count, Duration delay) {
        linkFaults.delayNext(count, delay.toMillis());
    }

    @Override
    public void corruptReplies(int count) {
        linkFaults.corruptNext(count);
    }

    @Override
    public void duplicateReplies(int count) {
        linkFaults.duplicateNext(count);
    }

    @Override
    public void splitReplies(int count, Duration gap) {
        linkFaults.splitNext(count, gap.toMillis());
    }

    @Override
    public void truncateReplies(int count) {
        linkFaults.truncateNext(count);
    }

    @Override
    public void mute() {
        linkFaults.setMuted(true);
        ledger.record(FaultKind.MUTE, "device stopped answering");
    }

    @Override
    public void unmute() {
        linkFaults.setMuted(false);
    }

    @Override
    public void cutLink() {
        server.cutLink();
    }

    @Override
    public void restoreLink() throws EndpointException {
        server.restoreLink();
    }

    /** Power cycle: the unit's settings and the link's unsent output and line speed go back to power-up. */
    @Override
    public void reboot() {
        server.powerCycled();
        device.reboot();
        ledger.record(FaultKind.REBOOT, "power cycle");
    }

    @Override
    public void energyDrift(double fractionPerMinute) {
        if (fractionPerMinute != 0) {
            ledger.record(FaultKind.ENERGY_DRIFT, fractionPerMinute + " per minute");
        }
        device.setEnergyDrift(fractionPerMinute);
    }

    @Override
    public void energyOffset(double fraction) {
        if (fraction != 0) {
            ledger.record(FaultKind.ENERGY_OFFSET, "offset " + fraction);
        }
        device.setEnergyOffset(fraction);
    }

    @Override
    public void misapplyNextSet() {
        device.setMisapplyPending(true);
    }

    @Override
    public void injectGarbage(int count) {
        server.injectGarbage(count);
    }

    @Override
    public void clearFaults() {
        linkFaults.clear();
        device.setEnergyDrift(0);
        device.setEnergyOffset(0);
        device.setMisapplyPending(false);
    }

    @Override
    public LineUnitSnapshot<D> snapshot() {
        return device.snapshot(server.statistics(), ledger.counts());
    }
}
