package org.pulseguard.device.polled;

import java.time.Clock;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceEventDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns readings of a unit's lifetime pulse counter into {@link DeviceEvent.PulsesCounted}: every
 * rise since the previous reading is reported once, whichever read it (a poll or a command). The
 * first reading after the driver's first connect is the baseline; readings after a reconnect
 * report the pulses emitted while the link was down. A counter that goes down (replaced or wrapped)
 * is logged and becomes the new baseline, reporting nothing. Thread-safe.
 */
public final class PulseCounter {
    private static final Logger LOG = LoggerFactory.getLogger(PulseCounter.class);

    private final DeviceEventDispatcher dispatcher;
    private final Clock clock;
    private final String name;
    private long last = -1;

    /**
     * @param dispatcher where the events go
     * @param clock stamps them
     * @param name the port name, for logs
     */
    public PulseCounter(DeviceEventDispatcher dispatcher, Clock clock, String name) {
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.name = name;
    }

    /** The last lifetime counter reading, or -1 before the first. */
    public synchronized long lastReading() {
        return last;
    }

    /** Records a reading of the lifetime counter and reports the pulses counted since the last one. */
    public synchronized void observe(long lifetimePulses) {
        if (last >= 0 && lifetimePulses > last) {
            dispatcher.dispatch(new DeviceEvent.PulsesCounted(clock.instant(), last + 1, lifetimePulses));
        } else if (lifetimePulses < last) {
            LOG.warn("Unit on {}: lifetime pulse counter went down from {} to {}; counting from there", name, last,
                    lifetimePulses);
        }
        last = lifetimePulses;
    }
}
