package org.pulseguard.session;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

/**
 * A hand-written laser unit for supervisor tests: records calls, holds a scripted state, and can
 * hold one call inside the unit until the test releases it ({@link #blockNext}). Safe to call and
 * to read from several threads: the call list is a concurrent list and the scripted fields are volatile.
 */
final class FakeLaserDevice implements LaserDevice {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<DeviceEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Blocker> blockers = new ConcurrentHashMap<>();
    volatile LaserState state = LaserState.STANDBY;
    volatile Set<Interlock> open = EnumSet.noneOf(Interlock.class);
    volatile DeviceFault fault = DeviceFault.NONE;
    volatile boolean faultStuck;
    volatile boolean footswitch;
    volatile boolean connected = true;
    volatile Setpoint held;
    volatile Setpoint misapplied;
    volatile Duration emissionDelay = Duration.ofMillis(1000);

    /** A call held inside the unit: {@link #entered} opens when the call is inside, {@link #release} lets it go on. */
    static final class Blocker {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
    }

    /** The next call named {@code call} (arm, standby, applySetpoint, status, resetFault...) waits inside the unit. */
    Blocker blockNext(String call) {
        Blocker blocker = new Blocker();
        blockers.put(call, blocker);
        return blocker;
    }

    /** Waits until {@code call} has been made at least {@code times} times; false if not within {@code max}. */
    boolean awaitCalls(String call, int times, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (calls.stream().filter(call::equals).count() < times) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    private void maybeBlock(String call) {
        Blocker blocker = blockers.remove(call);
        if (blocker == null) {
            return;
        }
        blocker.entered.countDown();
        try {
            if (!blocker.release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test never released " + call);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

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
        maybeBlock("status");
        return new DeviceStatus(state, open, fault, footswitch, held);
    }

    @Override
    public Setpoint applySetpoint(Setpoint setpoint) throws DeviceException {
        reachable("applySetpoint");
        calls.add("applySetpoint " + setpoint);
        maybeBlock("applySetpoint");
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
        maybeBlock("arm");
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
        maybeBlock("resetFault");
        if (!faultStuck) {
            fault = DeviceFault.NONE;
        }
        return fault;
    }

    volatile PulseCounters counters = new PulseCounters(0, 0);
    @Override public PulseCounters counters() { return counters; }
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
