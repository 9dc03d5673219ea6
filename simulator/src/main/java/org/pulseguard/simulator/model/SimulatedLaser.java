package org.pulseguard.simulator.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireInterlock;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultLedger;

/**
 * The simulated unit as its threads see it: a {@link LaserModel} read against an injected
 * {@link NanoClock}, with every operation under one lock, and the model's events handed to the
 * attached {@link DeviceOutput} inside that lock, so output order is device order. A request's
 * reply is handed out after the events that were already due and before the events it causes
 * (section 6.5).
 *
 * <p>Thread-safe: the ticker, the protocol reader and the control API call it concurrently.
 */
public final class SimulatedLaser {
    private final LaserModel model;
    private final NanoClock clock;
    private final FaultLedger ledger;
    private DeviceOutput output;

    /** Powers the unit up now. Events are kept until an output is {@link #attach attached}. */
    public SimulatedLaser(ModelConfig config, NanoClock clock, FaultLedger ledger) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.model = new LaserModel(config, ledger, clock.nanoTime());
    }

    /** Sends events to {@code deviceOutput} from now on, starting with those kept so far. */
    public synchronized void attach(DeviceOutput deviceOutput) {
        this.output = Objects.requireNonNull(deviceOutput, "deviceOutput");
        flush();
    }

    /** Advances the model to the clock's time (called by the ticker every couple of milliseconds). */
    public synchronized void tick() {
        model.advanceTo(clock.nanoTime());
        flush();
    }

    /** Executes {@code request}; {@code replyOut} receives the reply between the earlier and the caused events. */
    public synchronized void execute(Request request, Consumer<Reply> replyOut) {
        model.advanceTo(clock.nanoTime());
        flush();
        Reply reply = model.execute(request, clock.nanoTime());
        replyOut.accept(reply);
        flush();
    }

    /** Presses or releases the footswitch. */
    public synchronized void setFootswitch(boolean pressed) {
        model.setFootswitch(pressed, clock.nanoTime());
        flush();
    }

    /** Opens or closes an interlock (KEY_SWITCH open = key off, EMERGENCY_STOP_BUTTON open = pressed). */
    public synchronized void setInterlock(WireInterlock interlock, boolean open) {
        model.setInterlock(interlock, open, clock.nanoTime());
        flush();
    }

    /** Power cycle: the output is told first, then gets the power-up events. */
    public synchronized void reboot() {
        model.reboot(clock.nanoTime());
        ledger.record(FaultKind.REBOOT, "power cycle");
        if (output != null) {
            output.onReboot();
        }
        flush();
    }

    /** Pulses fired from the unit's own panel: counters only, no event to the host. */
    public synchronized void fireLocally(int pulses) {
        model.fireLocally(pulses, clock.nanoTime());
    }

    /** Safe state after an internal error: STANDBY (from READY/EMISSION) and fault INTERNAL. */
    public synchronized void failSafe() {
        model.failSafe(clock.nanoTime());
        flush();
    }

    /** Energy drift, fraction per minute from now (0 removes it). */
    public synchronized void setEnergyDrift(double fractionPerMinute) {
        model.setEnergyDrift(fractionPerMinute, clock.nanoTime());
        flush();
    }

    /** Energy step offset, fraction (0 removes it). */
    public synchronized void setEnergyOffset(double fraction) {
        model.setEnergyOffset(fraction, clock.nanoTime());
        flush();
    }

    /** Whether the next accepted SET is applied with a different value (false cancels a pending one). */
    public synchronized void setMisapplyPending(boolean pending) {
        model.setMisapplyPending(pending);
    }

    /** The true state now (after advancing to the clock's time). */
    public synchronized ModelSnapshot snapshot() {
        model.advanceTo(clock.nanoTime());
        flush();
        return model.snapshot();
    }

    private void flush() {
        if (output == null) {
            return;
        }
        List<Event> events = model.drainEvents();
        if (!events.isEmpty()) {
            output.onEvents(events);
        }
    }
}
