package org.pulseguard.bench;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.pulseguard.device.DeviceCapabilities;
import org.pulseguard.device.DeviceEventListener;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.DeviceStatus;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.LinkStatistics;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.reference.ReferenceCapabilities;

/** A laser unit that answers at once, so a benchmark measures the supervisor and nothing else. */
class NullLaserDevice implements LaserDevice {
    private Setpoint held;
    private LaserState state = LaserState.STANDBY;

    @Override public void connect() { }
    @Override public void reconnect() { }
    @Override public Optional<DeviceIdentity> identity() {
        return Optional.of(new DeviceIdentity("bench", "0", "0", Duration.ofMillis(500), Duration.ZERO));
    }
    @Override public DeviceCapabilities capabilities() { return ReferenceCapabilities.reference(); }
    @Override public DeviceStatus status() { return new DeviceStatus(state, Set.of(), DeviceFault.NONE, false, held); }
    @Override public Setpoint applySetpoint(Setpoint setpoint) { held = setpoint; return setpoint; }
    @Override public Setpoint readSetpoint() { return held; }
    @Override public LaserState arm() { state = LaserState.READY; return state; }
    @Override public LaserState standby() { state = LaserState.STANDBY; return state; }
    @Override public LaserState emergencyStop() { state = LaserState.STANDBY; return state; }
    @Override public DeviceFault resetFault() { return DeviceFault.NONE; }
    @Override public PulseCounters counters() { return new PulseCounters(0, 0); }
    @Override public PulseCounters resetUserCounter() { return new PulseCounters(0, 0); }
    @Override public void addListener(DeviceEventListener listener) { }
    @Override public void removeListener(DeviceEventListener listener) { }
    @Override public LinkStatistics linkStatistics() { return LinkStatistics.NONE; }
    @Override public boolean isConnected() { return true; }
    @Override public void close() { }
}
