package org.pulseguard.device.quantaray;

import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.device.polled.PolledConnection;
import org.pulseguard.device.polled.PulseCounter;
import org.pulseguard.device.polled.UnitTracker;
import org.pulseguard.protocol.quantaray.QswitchAction;
import org.pulseguard.protocol.quantaray.QuantaRayCommand;
import org.pulseguard.protocol.quantaray.QuantaRayReply;
import org.pulseguard.protocol.quantaray.QuantaRayRequest;
import org.pulseguard.protocol.quantaray.StatusRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One established connection to a Quanta-Ray unit: its link and its poll of {@code *STB?} and
 * {@code SHOT?}, which also feeds the unit's {@code WATC} watchdog. Every reading goes through the
 * driver's {@link UnitTracker} and {@link PulseCounter}; a reading that latches a fault stops the
 * Q-switch at once ({@code QSW SING}). A reading without bit 23 (computer in control) is a
 * PROTOCOL_ERROR: the unit no longer takes our commands, so a poll that sees it loses the link
 * [inferred]. Lives from one (re)connect to its close or loss. Thread-safe.
 */
final class QuantaRayConnection extends PolledConnection {
    private static final Logger LOG = LoggerFactory.getLogger(QuantaRayConnection.class);

    final QuantaRayLink link;

    private static final int PFN_NOT_SET = -1;

    private volatile int pfnSetTenthsPercent = PFN_NOT_SET;

    QuantaRayConnection(QuantaRayLink link, UnitTracker tracker, PulseCounter pulses, String name) {
        super(link.link(), tracker, pulses, name);
        this.link = link;
    }

    /** Reads {@code *STB?}; PROTOCOL_ERROR unless bit 23 (computer in control) is set. */
    QuantaRayReading read() throws DeviceException {
        QuantaRayReading reading = new QuantaRayReading(link.query(QuantaRayCommand.STATUS, StatusRegister.class));
        if (!reading.computerInControl()) {
            throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR, "unit on " + name
                    + " is not under computer control (" + reading + ", bit 23 clear)");
        }
        return reading;
    }

    /** The first reading on this connection: state baseline and counter. */
    void baseline() throws DeviceException {
        QuantaRayReading reading = read();
        lifetimePulses();
        if (tracker.baseline(reading.toTracked())) {
            stopAfterTrip();
        }
    }

    /**
     * A reading, reported through the tracker.
     *
     * @param cause why the state changed when our command changed it; null to infer it
     */
    QuantaRayReading observe(StateChangeCause cause) throws DeviceException {
        QuantaRayReading reading = read();
        LaserState state = firing(reading.state());
        if (tracker.observe(reading.toTracked(state), causeOf(state, cause))) {
            return stopAfterTrip();
        }
        return reading;
    }

    /** Reads {@code SHOT?} and reports the pulses counted since the last reading. */
    long lifetimePulses() throws DeviceException {
        long lifetime = link.query(QuantaRayCommand.SHOT_COUNT, QuantaRayReply.ShotCount.class).shots();
        pulses.observe(lifetime);
        return lifetime;
    }

    /** {@code QSW SING}: the Q-switch stops repeating; the lamp simmers on. Unfenced. */
    void stopQswitch() throws DeviceException {
        link.send(new QuantaRayRequest.SetQswitch(QswitchAction.SING), link.fence());
    }

    /** The oscillator PFN the unit confirmed after the driver set it ({@code READ:OPFN?} after {@code OPFN}). */
    void pfnSet(int tenthsPercent) {
        pfnSetTenthsPercent = tenthsPercent;
    }

    /**
     * Whether the unit forgot the oscillator PFN the driver set: one {@code READ:OPFN?}, true when it
     * no longer reads the value confirmed at the last setpoint [inferred: a reboot brings the power-up
     * PFN back, as it does {@code WATC 0}, which has no query; a watchdog expiry or an OFF keeps the
     * PFN]. False, with no query, before the first setpoint on this connection.
     */
    @Override
    protected boolean unitForgotTheHostSettings() throws DeviceException {
        int set = pfnSetTenthsPercent;
        if (set == PFN_NOT_SET) {
            return false;
        }
        return link.query(QuantaRayCommand.READ_OSCILLATOR_PFN, QuantaRayReply.PfnPercent.class).tenthsPercent() != set;
    }

    /** Polls {@code *STB?} and {@code SHOT?}, which also feeds the unit's watchdog. */
    @Override
    protected void poll() throws DeviceException {
        QuantaRayReading reading = read();
        long lifetime = link.query(QuantaRayCommand.SHOT_COUNT, QuantaRayReply.ShotCount.class).shots();
        noteCounter(lifetime);
        if (report(reading.toTracked(firing(reading.state())), lifetime)) {
            stopAfterTrip();
        }
    }

    private QuantaRayReading stopAfterTrip() throws DeviceException {
        LOG.warn("Unit on {}: fault {} latched; stopping the Q-switch", name, tracker.latched());
        stopQswitch();
        QuantaRayReading after = read();
        tracker.observe(after.toTracked(), null);
        return after;
    }
}
