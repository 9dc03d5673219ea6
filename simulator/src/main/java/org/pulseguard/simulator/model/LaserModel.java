package org.pulseguard.simulator.model;

import static org.pulseguard.protocol.reference.WireState.EMISSION;
import static org.pulseguard.protocol.reference.WireState.OFF;
import static org.pulseguard.protocol.reference.WireState.READY;
import static org.pulseguard.protocol.reference.WireState.STANDBY;
import static org.pulseguard.protocol.reference.WireState.WARM_UP;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireCause;
import org.pulseguard.protocol.reference.WireFault;
import org.pulseguard.protocol.reference.WireInterlock;
import org.pulseguard.protocol.reference.WireState;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.fault.FaultLedger;

/**
 * The reference laser's deterministic device model (docs/protocol/reference-laser.md section 6):
 * the state ladder, interlocks, footswitch, latched faults, watchdog, emission delay, pulses and
 * counters. Time only moves through {@link #advanceTo(long)} (and the time given with each input),
 * so a test drives minutes of device time in microseconds.
 *
 * <p>Timed actions due at the same instant run in this order: warm-up done, watchdog expiry,
 * emission start, pulse. While the footswitch is held in EMISSION, pulse k fires at
 * {@code start + k / rate}; a pulse due exactly when the footswitch is released still fires (5 Hz
 * held for exactly 2 s gives 11 pulses). Everything that changes produces its event, collected
 * until {@link #drainEvents()}.
 *
 * <p>Not thread-safe: {@link SimulatedLaser} serialises access.
 */
public final class LaserModel {
    private final ModelConfig config;
    private final SetpointRules rules;
    private final EnergyMonitor monitor;
    private final CommandHandler commands;
    private final FaultLedger ledger;
    private final List<Event> pending = new ArrayList<>();
    private final EnumSet<WireInterlock> open = EnumSet.noneOf(WireInterlock.class);
    private final Counters counters;
    private final LadderTimers timers = new LadderTimers();

    private long now;
    private WireState state = OFF;
    private WireFault fault = WireFault.NONE;
    private WireInterlock faultInterlock;
    private boolean footswitch;
    private WireSetpoint setpoint;
    private boolean misapplyPending;

    /** Powers the unit up at {@code powerUpNanos}: OFF, then WARM_UP at once if the key is on. */
    public LaserModel(ModelConfig config, FaultLedger ledger, long powerUpNanos) {
        this.config = Objects.requireNonNull(config, "config");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.rules = new SetpointRules(config.maxRateMillihertz());
        this.monitor = new EnergyMonitor(config.seed(), config.noiseSigma());
        this.counters = new Counters(config.lifetimePulsesAtStart());
        this.commands = new CommandHandler(this, config, rules);
        if (!config.keyOnAtStart()) {
            open.add(WireInterlock.KEY_SWITCH);
        }
        powerUp(powerUpNanos);
    }

    /** Runs every timed action due up to {@code nanos}; time never goes backwards. */
    public void advanceTo(long nanos) {
        long target = Math.max(nanos, now);
        for (long due = nextDue(); due <= target; due = nextDue()) {
            now = due;
            fireDue();
        }
        now = target;
    }

    /** Executes a request at {@code nanos} (after advancing to it) and returns the reply or refusal. */
    public Reply execute(Request request, long nanos) {
        advanceTo(nanos);
        Reply reply = commands.execute(request);
        advanceTo(now);
        return reply;
    }

    /** Presses or releases the footswitch at {@code nanos}. */
    public void setFootswitch(boolean pressed, long nanos) {
        advanceTo(nanos);
        if (pressed == footswitch) {
            return;
        }
        footswitch = pressed;
        timers.footswitchSince = now;
        emit(new Event.FootswitchChanged(pressed));
        if (!pressed && state == EMISSION) {
            transition(READY, WireCause.FOOTSWITCH);
        }
        advanceTo(now);
    }

    /** Opens ({@code open = true}) or closes an interlock at {@code nanos}; KEY_SWITCH open is key off. */
    public void setInterlock(WireInterlock interlock, boolean opened, long nanos) {
        advanceTo(nanos);
        if (open.contains(interlock) == opened) {
            return;
        }
        if (opened) {
            open.add(interlock);
        } else {
            open.remove(interlock);
        }
        emit(new Event.InterlocksChanged(interlockBits()));
        if (opened) {
            onInterlockOpened(interlock);
        } else if (interlock == WireInterlock.KEY_SWITCH && state == OFF) {
            startWarmUp(WireCause.POWER);
        }
        advanceTo(now);
    }

    /** Pulses fired from the unit's own panel at {@code nanos}: counted, no event to the host. */
    public void fireLocally(int pulses, long nanos) {
        advanceTo(nanos);
        for (int i = 0; i < pulses; i++) {
            counters.countPulse();
        }
    }

    /** Power cycle at {@code nanos}: volatile state lost, counters, interlocks and footswitch kept. */
    public void reboot(long nanos) {
        now = Math.max(now, nanos);
        pending.clear();
        powerUp(now);
    }

    /** Safe state after an internal error: emission ends (READY/EMISSION to STANDBY) and INTERNAL latches. */
    public void failSafe(long nanos) {
        advanceTo(nanos);
        trip(WireFault.INTERNAL, null, WireCause.FAULT);
    }

    /** Energy drift of {@code fractionPerMinute} from now on (0 removes it). */
    public void setEnergyDrift(double fractionPerMinute, long nanos) {
        advanceTo(nanos);
        monitor.setDrift(fractionPerMinute, now);
    }

    /** A step offset of the measured energy, as a fraction (0 removes it). */
    public void setEnergyOffset(double fraction, long nanos) {
        advanceTo(nanos);
        monitor.setOffset(fraction);
    }

    /** Whether the next accepted SET request is applied with a different value than requested. */
    public void setMisapplyPending(boolean pending) {
        misapplyPending = pending;
    }

    /** Events since the last call, oldest first; the model forgets them. */
    public List<Event> drainEvents() {
        List<Event> out = List.copyOf(pending);
        pending.clear();
        return out;
    }

    /** The true state now. */
    public ModelSnapshot snapshot() {
        return new ModelSnapshot(state, open, interlockBits(), fault, footswitch, setpoint, counters.lifetime,
                counters.user, counters.emitted, counters.lastMeasured, counters.watchdogExpiries,
                monitor.driftPerMinute(), monitor.offset(), misapplyPending);
    }

    // ---- used by CommandHandler ----

    WireState state() {
        return state;
    }

    WireFault fault() {
        return fault;
    }

    boolean footswitchPressed() {
        return footswitch;
    }

    boolean anyInterlockOpen() {
        return !open.isEmpty();
    }

    int interlockBits() {
        return WireInterlock.toBits(open);
    }

    WireSetpoint setpoint() {
        return setpoint;
    }

    void applySetpoint(WireSetpoint next) {
        setpoint = next;
    }

    Counters counters() {
        return counters;
    }

    /** True once per {@link #setMisapplyPending(boolean) armed} misapply: the caller then applies a different value. */
    boolean takeMisapply(String detail) {
        if (!misapplyPending) {
            return false;
        }
        misapplyPending = false;
        ledger.record(FaultKind.MISAPPLY, detail);
        return true;
    }

    /** STANDBY to READY (ARM accepted); ARM counts as a heartbeat. */
    void arm() {
        transition(READY, WireCause.HOST_COMMAND);
        timers.readySince = now;
        timers.lastHeartbeat = now;
    }

    void feedWatchdog() {
        timers.lastHeartbeat = now;
    }

    void standby(WireCause cause) {
        if (state == READY || state == EMISSION) {
            transition(STANDBY, cause);
        }
    }

    /** EMERGENCY_STOP (command or button): emission ends and EMERGENCY_STOP latches, in every state. */
    void emergencyStop() {
        trip(WireFault.EMERGENCY_STOP, WireInterlock.EMERGENCY_STOP_BUTTON, WireCause.EMERGENCY_STOP);
    }

    /** Clears the latched fault if its cause is gone; false (nothing changed) if it is not. */
    boolean resetFault() {
        if (fault == WireFault.NONE) {
            return true;
        }
        if (faultInterlock != null && open.contains(faultInterlock)) {
            return false;
        }
        fault = WireFault.NONE;
        faultInterlock = null;
        emit(new Event.FaultChanged(WireFault.NONE));
        return true;
    }

    // ---- internals ----

    private void powerUp(long at) {
        now = at;
        state = OFF;
        fault = WireFault.NONE;
        faultInterlock = null;
        setpoint = config.powerUpSetpoint();
        misapplyPending = false;
        monitor.resetCount();
        if (!open.contains(WireInterlock.KEY_SWITCH)) {
            startWarmUp(WireCause.POWER);
        }
    }

    private void startWarmUp(WireCause cause) {
        transition(WARM_UP, cause);
        timers.warmUpEndsAt = now + config.warmUp().toNanos();
    }

    private long nextDue() {
        return switch (state) {
            case WARM_UP -> timers.warmUpEndsAt;
            case READY -> footswitch ? Math.min(watchdogDeadline(), emissionStartAt()) : watchdogDeadline();
            case EMISSION -> Math.min(watchdogDeadline(), timers.nextPulseAt);
            default -> Long.MAX_VALUE;
        };
    }

    private void fireDue() {
        if (state == WARM_UP) {
            transition(STANDBY, WireCause.WARM_UP_COMPLETE);
        } else if (watchdogDeadline() <= now) {
            counters.watchdogExpiries++;
            trip(WireFault.WATCHDOG_EXPIRED, null, WireCause.WATCHDOG);
        } else if (state == READY) {
            transition(EMISSION, WireCause.FOOTSWITCH);
            timers.startEmission(now);
        } else {
            firePulse();
        }
    }

    private void firePulse() {
        counters.countPulse();
        long measured = monitor.measure(setpoint.energyMicrojoules(), now);
        counters.lastMeasured = measured;
        emit(new Event.Pulse(counters.lifetime, counters.user, measured));
        timers.scheduleNextPulse(setpoint.rateMillihertz());
        if (monitor.recordAndTrip(measured, setpoint.energyMicrojoules())) {
            trip(WireFault.ENERGY_MONITOR, null, WireCause.FAULT);
        }
    }

    private long watchdogDeadline() {
        return timers.lastHeartbeat + config.watchdogPeriod().toNanos();
    }

    private long emissionStartAt() {
        return Math.max(timers.readySince + config.emissionDelay().toNanos(), timers.footswitchSince);
    }

    private void onInterlockOpened(WireInterlock interlock) {
        boolean live = state == READY || state == EMISSION;
        switch (interlock) {
            case KEY_SWITCH -> {
                if (state != OFF) {
                    transition(OFF, WireCause.INTERLOCK);
                }
                if (live) {
                    latch(WireFault.INTERLOCK_OPENED, interlock);
                }
            }
            case EMERGENCY_STOP_BUTTON -> emergencyStop();
            default -> {
                if (live) {
                    trip(faultFor(interlock), interlock, WireCause.INTERLOCK);
                }
            }
        }
    }

    private static WireFault faultFor(WireInterlock interlock) {
        return switch (interlock) {
            case WATER_FLOW -> WireFault.WATER_FLOW;
            case TEMPERATURE -> WireFault.OVER_TEMPERATURE;
            default -> WireFault.INTERLOCK_OPENED;
        };
    }

    /** Drops READY/EMISSION to STANDBY with {@code cause}, then latches {@code latched}. */
    private void trip(WireFault latched, WireInterlock interlock, WireCause cause) {
        standby(cause);
        latch(latched, interlock);
    }

    private void latch(WireFault latched, WireInterlock interlock) {
        faultInterlock = interlock;
        if (fault != latched) {
            fault = latched;
            emit(new Event.FaultChanged(latched));
        }
    }

    private void transition(WireState to, WireCause cause) {
        if (to != state) {
            emit(new Event.StateChanged(state, to, cause));
            state = to;
        }
    }

    private void emit(Event event) {
        pending.add(event);
    }
}
