package org.pulseguard.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pulseguard.device.DeviceCapabilities;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceEventListener;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.DeviceStatus;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.LinkStatistics;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.reference.ReferenceCapabilities;

/** A hand-written laser unit for supervisor tests: records calls, holds a scripted state. */
final class FakeLaserDevice implements LaserDevice {
    final List<String> calls = new ArrayList<>();
    final List<DeviceEventListener> listeners = new CopyOnWriteArrayList<>();
    LaserState state = LaserState.STANDBY;
    Set<Interlock> open = EnumSet.noneOf(Interlock.class);
    DeviceFault fault = DeviceFault.NONE;
    boolean faultStuck;
    boolean footswitch;
    boolean connected = true;
    Setpoint held;
    Setpoint misapplied;
    Duration emissionDelay = Duration.ofMillis(1000);

    @Override public void connect() { connected = true; }
    @Override public void reconnect() { calls.add("reconnect"); connected = true; }

    @Override
    public Optional<DeviceIdentity> identity() {
        return Optional.of(new DeviceIdentity("PG-RL1064", "SIM-1", "1.0.0", Duration.ofMillis(500), emissionDelay));
    }

    @Override public DeviceCapabilities capabilities() { return ReferenceCapabilities.reference(); }

    @Override
    public DeviceStatus status() throws DeviceException {
        reachable("status");
        return new DeviceStatus(state, open, fault, footswitch, held);
    }

    @Override
    public Setpoint applySetpoint(Setpoint setpoint) throws DeviceException {
        reachable("applySetpoint");
        calls.add("applySetpoint " + setpoint);
        held = misapplied != null ? misapplied : setpoint;
        if (!held.equals(setpoint)) {
            throw new DeviceException(DeviceException.Reason.READBACK_MISMATCH, "energy: requested " + setpoint.energy()
                    + ", read back " + held.energy());
        }
        return held;
    }

    @Override public Setpoint readSetpoint() { return held; }

    @Override
    public void confirmHandpiece(org.pulseguard.quantity.SpotDiameter fitted) throws DeviceException {
        reachable("confirmHandpiece");
        calls.add("confirmHandpiece " + fitted);
    }

    @Override
    public LaserState arm() throws DeviceException {
        reachable("arm");
        calls.add("arm");
        if (!open.isEmpty()) {
            throw DeviceException.refused(RefusalReason.INTERLOCK_OPEN, "ARM refused: INTERLOCK_OPEN");
        }
        state = LaserState.READY;
        return state;
    }

    @Override
    public LaserState standby() throws DeviceException {
        reachable("standby");
        calls.add("standby");
        state = LaserState.STANDBY;
        return state;
    }

    @Override
    public LaserState emergencyStop() throws DeviceException {
        reachable("emergencyStop");
        calls.add("emergencyStop");
        state = LaserState.STANDBY;
        fault = DeviceFault.EMERGENCY_STOP;
        return state;
    }

    @Override
    public DeviceFault resetFault() throws DeviceException {
        reachable("resetFault");
        calls.add("resetFault");
        if (!faultStuck) {
            fault = DeviceFault.NONE;
        }
        return fault;
    }

    @Override public PulseCounters counters() { return new PulseCounters(0, 0); }
    @Override public PulseCounters resetUserCounter() { return new PulseCounters(0, 0); }
    @Override public void addListener(DeviceEventListener listener) { listeners.add(listener); }
    @Override public void removeListener(DeviceEventListener listener) { listeners.remove(listener); }
    @Override public LinkStatistics linkStatistics() { return LinkStatistics.NONE; }
    @Override public boolean isConnected() { return connected; }
    @Override public void close() { connected = false; }

    void emit(DeviceEvent event) {
        for (DeviceEventListener l : listeners) {
            l.onEvent(event);
        }
    }

    private void reachable(String what) throws DeviceException {
        if (!connected) {
            throw new DeviceException(DeviceException.Reason.NOT_CONNECTED, what + ": not connected");
        }
    }
}
