package org.pulseguard.device.polled;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceEventDispatcher;
import org.pulseguard.device.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns readings of a unit's lifetime pulse counter into {@link DeviceEvent.PulsesCounted}: every
 * rise since the previous reading is reported once, whichever read it (a poll or a command). The
 * first reading after the driver's first connect is the baseline; readings after a reconnect
 * report the pulses emitted while the link was down.
 *
 * <p>A reading no unit could give ({@link CounterPlausibility}: a jump beyond the unit's rate since
 * the last trusted reading, or a counter that went down) is a PROTOCOL_ERROR, counted in
 * {@link PolledLinkCounters}, and never pulses: the last trusted reading stays. A poll that meets
 * it loses the link ({@link Poller}), which the supervisor treats as any link loss (a trip).
 * Thread-safe.
 */
public final class PulseCounter {
    private static final Logger LOG = LoggerFactory.getLogger(PulseCounter.class);

    private final DeviceEventDispatcher dispatcher;
    private final Clock clock;
    private final String name;
    private final CounterPlausibility plausibility;
    private final PolledLinkCounters counters;
    private final LongSupplier nanoTime;
    private long last = -1;
    private long lastNanos;

    /**
     * @param dispatcher where the events go
     * @param clock stamps them
     * @param name the port name, for logs
     * @param plausibility what the unit's rate allows
     * @param counters where an implausible reading is counted
     * @param nanoTime a monotonic time source in nanoseconds ({@code System::nanoTime})
     */
    public PulseCounter(DeviceEventDispatcher dispatcher, Clock clock, String name, CounterPlausibility plausibility,
                        PolledLinkCounters counters, LongSupplier nanoTime) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.name = Objects.requireNonNull(name, "name");
        this.plausibility = Objects.requireNonNull(plausibility, "plausibility");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** The last trusted lifetime counter reading, or -1 before the first. */
    public synchronized long lastReading() {
        return last;
    }

    /**
     * Refuses a reading no unit could give now, before anything is based on it (a poll checks its
     * counter before it infers EMISSION from a rise).
     *
     * @throws DeviceException PROTOCOL_ERROR when no unit could give this reading now
     */
    public synchronized void requirePlausible(long lifetimePulses) throws DeviceException {
        requirePlausible(lifetimePulses, nanoTime.getAsLong());
    }

    /**
     * Records a reading of the lifetime counter and reports the pulses counted since the last one.
     *
     * @throws DeviceException PROTOCOL_ERROR when no unit could give this reading now
     */
    public synchronized void observe(long lifetimePulses) throws DeviceException {
        long now = nanoTime.getAsLong();
        requirePlausible(lifetimePulses, now);
        if (last >= 0 && lifetimePulses > last) {
            dispatcher.dispatch(new DeviceEvent.PulsesCounted(clock.instant(), last + 1, lifetimePulses));
        }
        last = lifetimePulses;
        lastNanos = now;
    }

    private void requirePlausible(long lifetimePulses, long now) throws DeviceException {
        if (last < 0) {
            return;
        }
        Optional<String> problem = plausibility.problem(last, lifetimePulses, now - lastNanos);
        if (problem.isPresent()) {
            counters.implausibleReadings.incrementAndGet();
            LOG.warn("Unit on {}: counter reading refused: {}", name, problem.get());
            throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR, "pulse counter reading on " + name
                    + " refused as implausible (a reply paired with the wrong request, or corrupted): "
                    + problem.get());
        }
    }
}
