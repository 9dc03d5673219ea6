package org.pulseguard.device.bigsky;

import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.device.polled.PolledConnection;
import org.pulseguard.device.polled.PulseCounter;
import org.pulseguard.device.polled.UnitTracker;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.protocol.bigsky.BigSkyReply;
import org.pulseguard.protocol.bigsky.BigSkyRequest;
import org.pulseguard.protocol.bigsky.StatusWord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One established connection to a Big Sky unit: its link, its status reader and its poll. Every
 * reading goes through the driver's {@link UnitTracker} and {@link PulseCounter}, so events come
 * out the same whichever operation read the unit; a reading that latches a fault stops the unit
 * at once. Lives from one (re)connect to its close or loss. Thread-safe.
 */
final class BigSkyConnection extends PolledConnection {
    private static final Logger LOG = LoggerFactory.getLogger(BigSkyConnection.class);
    /** Every this many polls, the poll takes a full reading instead of a fast one. */
    static final int FULL_READING_EVERY = 5;

    final BigSkyLink link;
    final BigSkyStatusReader reader;
    /** H7a: the Q-switch countdown renewed by every poll while armed. */
    final BigSkyQswitchDeadMan deadMan = new BigSkyQswitchDeadMan();
    private int polls; // poll thread only, under the command lock

    BigSkyConnection(BigSkyLink link, UnitTracker tracker, PulseCounter pulses, String name) {
        super(link.link(), tracker, pulses, name);
        this.link = link;
        this.reader = new BigSkyStatusReader(link);
    }

    /** The first reading on this connection: state baseline and counter. */
    void baseline() throws DeviceException {
        BigSkyReading reading = reader.readFull();
        pulses.observe(link.number(BigSkyCommand.QSWITCH_COUNTER));
        if (tracker.baseline(reading.toTracked())) {
            stopAfterTrip();
        }
    }

    /**
     * A full reading, reported through the tracker.
     *
     * @param cause why the state changed when our command changed it; null to infer it
     */
    BigSkyReading observe(StateChangeCause cause) throws DeviceException {
        BigSkyReading reading = reader.readFull();
        LaserState state = stateOf(reading);
        if (tracker.observe(reading.toTracked(state), causeOf(state, cause))) {
            return stopAfterTrip();
        }
        return reading;
    }

    /** The reading's state, kept at EMISSION while the pulse counter rises (see {@link #firing}). */
    LaserState stateOf(BigSkyReading reading) {
        return firing(reading.state());
    }

    /** Reads the lifetime Q-switch counter and reports the pulses counted since the last reading. */
    long lifetimePulses() throws DeviceException {
        long lifetime = link.number(BigSkyCommand.QSWITCH_COUNTER);
        pulses.observe(lifetime);
        return lifetime;
    }

    /**
     * The deactivation sequence {@code S SQ QOF0 R0} (SrF's deactivation, then the shutter). Every
     * step is sent even when an earlier one failed; the first failure is thrown at the end.
     */
    void deactivate() throws DeviceException {
        deadMan.disarm();
        DeviceException first = null;
        first = step(first, BigSkyRequest.of(BigSkyCommand.LAMP_STOP), StatusWord.class);
        first = step(first, BigSkyRequest.of(BigSkyCommand.QSWITCH_STOP), StatusWord.class);
        first = step(first, BigSkyRequest.of(BigSkyCommand.QSWITCH_AT_RUN, 0), BigSkyReply.NumericReading.class);
        first = step(first, BigSkyRequest.of(BigSkyCommand.SHUTTER, 0), BigSkyReply.Shutter.class);
        if (first != null) {
            throw first;
        }
    }

    private DeviceException step(DeviceException first, BigSkyRequest request, Class<? extends BigSkyReply> type) {
        try {
            link.exchange(request, type, link.fence());
            return first;
        } catch (DeviceException e) {
            LOG.warn("Unit on {}: stop step {} failed: {}", name, request.text(), e.getMessage());
            return first != null ? first : e;
        }
    }

    /** {@code L} back at 0 after the driver set {@code L1} at an arm: see {@link BigSkyQswitchDeadMan#forgotten}. */
    @Override
    protected boolean unitForgotTheHostSettings() throws DeviceException {
        return deadMan.forgotten(link);
    }

    /**
     * Renews the Q-switch dead-man while armed, then polls {@code WOR} (fast, or full every
     * {@link #FULL_READING_EVERY} polls) and {@code CQ}.
     */
    @Override
    protected void poll() throws DeviceException {
        deadMan.renewIfArmed(link);
        polls++;
        BigSkyReading reading = polls % FULL_READING_EVERY == 0 ? reader.readFull() : reader.readFast();
        long lifetime = link.number(BigSkyCommand.QSWITCH_COUNTER);
        noteCounter(lifetime);
        if (report(reading.toTracked(stateOf(reading)), lifetime)) {
            stopAfterTrip();
        }
    }

    private BigSkyReading stopAfterTrip() throws DeviceException {
        LOG.warn("Unit on {}: fault {} latched; stopping the unit", name, tracker.latched());
        deactivate();
        BigSkyReading after = reader.readFull();
        tracker.observe(after.toTracked(), null);
        return after;
    }
}
