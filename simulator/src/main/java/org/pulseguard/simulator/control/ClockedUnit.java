package org.pulseguard.simulator.control;

import java.util.Objects;
import java.util.function.LongFunction;
import org.pulseguard.simulator.model.NanoClock;

/**
 * What the text-dialect units (Big Sky, Quanta-Ray) share as their threads see them: a
 * {@link UnitModel} read against an injected {@link NanoClock}, every operation under one lock
 * (this object's monitor), each input given to the model at the clock's time. A dialect's unit adds
 * its commands and its snapshot, under the same lock.
 *
 * <p>Thread-safe: the ticker, the protocol reader and the back door call it concurrently.
 *
 * @param <D> the dialect's detail in the snapshot
 * @param <M> the dialect's model
 */
public abstract class ClockedUnit<D, M extends UnitModel> implements UnitDevice<D> {
    /** The unit's model; touch it only while holding this object's lock. */
    protected final M model;
    /** The unit's time source. */
    protected final NanoClock clock;

    /**
     * Powers the unit up now.
     *
     * @param clock the unit's time source
     * @param powerUpAt makes the model powered up at the given clock time
     */
    protected ClockedUnit(NanoClock clock, LongFunction<M> powerUpAt) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.model = powerUpAt.apply(clock.nanoTime());
    }

    @Override
    public synchronized void tick() {
        model.advanceTo(clock.nanoTime());
    }

    @Override
    public synchronized void failSafe() {
        model.failSafe(clock.nanoTime());
    }

    @Override
    public synchronized void setFootswitch(boolean pressed) {
        model.setFootswitch(pressed, clock.nanoTime());
    }

    @Override
    public synchronized void setInput(InterlockInput input, boolean open) {
        model.setInput(input, open, clock.nanoTime());
    }

    @Override
    public synchronized void reboot() {
        model.reboot(clock.nanoTime());
    }

    @Override
    public synchronized void fireLocally(int pulses) {
        FaultInjectingControl.checkPulses(pulses);
        model.fireLocally(pulses, clock.nanoTime());
    }

    @Override
    public synchronized void setEnergyDrift(double fractionPerMinute) {
        model.setEnergyDrift(fractionPerMinute, clock.nanoTime());
    }

    @Override
    public synchronized void setEnergyOffset(double fraction) {
        model.setEnergyOffset(fraction);
    }

    @Override
    public synchronized void setMisapplyPending(boolean pending) {
        model.setMisapplyPending(pending);
    }
}
