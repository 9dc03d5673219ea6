package org.pulseguard.session;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Random;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.quantity.PulseEnergy;

/**
 * A fake unit's event stream in the shape each dialect's driver reports it: the reference laser
 * sends a footswitch event and one measured pulse event per pulse; the polled units (Big Sky,
 * Quanta-Ray) report EMISSION from their status and pulses as counter deltas at the next poll. The
 * unit fires whenever a script says so, whatever the supervisor believes: the pulses it fired are
 * the truth the supervisor's accounting is checked against.
 */
final class ScriptedUnit {
    /** The three dialects' event shapes. */
    enum Shape { REFERENCE, BIG_SKY, QUANTA_RAY }

    private final Shape shape;
    private final SupervisorFixture fixture;
    private final Random random;
    private long lifetime = 1000;
    private long unpolled;
    private long fired;

    ScriptedUnit(Shape shape, SupervisorFixture fixture, long seed) {
        this.shape = shape;
        this.fixture = fixture;
        this.random = new Random(seed);
    }

    /** Pulses the unit fired so far: its counter delta. */
    long fired() {
        return fired;
    }

    void pressFootswitch() {
        if (shape == Shape.REFERENCE) {
            emit(new DeviceEvent.FootswitchChanged(now(), true));
        } else {
            emit(new DeviceEvent.StateChanged(now(), LaserState.READY, LaserState.EMISSION, StateChangeCause.FOOTSWITCH));
        }
    }

    void releaseFootswitch() {
        if (shape == Shape.REFERENCE) {
            emit(new DeviceEvent.FootswitchChanged(now(), false));
        } else {
            emit(new DeviceEvent.StateChanged(now(), LaserState.EMISSION, LaserState.READY, StateChangeCause.FOOTSWITCH));
        }
    }

    /** The unit fires {@code count} pulses: reported at once (reference) or at the next poll (polled units). */
    void fire(int count) {
        fired += count;
        if (shape != Shape.REFERENCE) {
            unpolled += count;
            return;
        }
        for (int i = 0; i < count; i++) {
            lifetime++;
            // 400 mJ +-30 %: some pulses outside the 20 % tolerance.
            long measured = Math.round(400_000 * (0.7 + 0.6 * random.nextDouble()));
            emit(new DeviceEvent.PulseEmitted(now(), lifetime, lifetime, new PulseEnergy(measured)));
        }
    }

    /** A polled unit's poll: the counter delta since the last one, if any. */
    void poll() {
        if (unpolled > 0) {
            emit(new DeviceEvent.PulsesCounted(now(), lifetime + 1, lifetime + unpolled));
            lifetime += unpolled;
            unpolled = 0;
        }
    }

    /** The unit's own emergency-stop button: fault latched, the unit leaves READY (the Quanta-Ray switches OFF). */
    void unitEmergencyStop() {
        fixture.device.fault = DeviceFault.EMERGENCY_STOP;
        fixture.device.state = shape == Shape.QUANTA_RAY ? LaserState.OFF : LaserState.STANDBY;
        emit(new DeviceEvent.FaultChanged(now(), DeviceFault.EMERGENCY_STOP));
        emit(new DeviceEvent.StateChanged(now(), LaserState.READY, fixture.device.state, StateChangeCause.EMERGENCY_STOP));
        fixture.device.state = LaserState.STANDBY;
    }

    /** The door opens and closes again. */
    void interlockBlip() {
        emit(new DeviceEvent.InterlocksChanged(now(), EnumSet.of(Interlock.REMOTE)));
        emit(new DeviceEvent.InterlocksChanged(now(), EnumSet.noneOf(Interlock.class)));
    }

    void linkLost() {
        fixture.device.connected = false;
        emit(new DeviceEvent.LinkLost(now(), "test link cut"));
    }

    void wait(int millis) {
        fixture.clock.advance(Duration.ofMillis(millis));
        fixture.supervisor.tick();
    }

    private java.time.Instant now() {
        return fixture.clock.instant();
    }

    private void emit(DeviceEvent event) {
        fixture.supervisor.onEvent(event);
    }
}
