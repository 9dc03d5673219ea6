package org.pulseguard.device.polled;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import org.pulseguard.device.DeviceCapabilities;
import org.pulseguard.device.DeviceEventListener;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.LinkStatistics;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.transport.ByteTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link LaserDevice} operations every polled-unit driver performs the same way, so each
 * dialect's driver holds only its dialect: connect, reconnect and close through the
 * {@link PolledDriverCore}, the fixed handpiece the technician confirms (refused while READY or in
 * EMISSION, and required before arming), listeners, link statistics and the capabilities of the
 * {@link TreatmentUnit}.
 *
 * <p>Thread-safe, as the {@link PolledDriverCore} and the {@link UnitTracker} it holds are.
 *
 * @param <C> the dialect's connection type
 */
public abstract class PolledLaserDriver<C extends PolledConnection> implements LaserDevice {
    private final Logger log = LoggerFactory.getLogger(getClass());

    /** The shared lifecycle: connection, command lock, dispatcher. */
    protected final PolledDriverCore<C> core;
    /** The port name, for logs. */
    protected final String name;
    /** What the unit can do. */
    protected final DeviceCapabilities capabilities;
    /** The unit's state, interlocks and latched fault as the polls see them. */
    protected final UnitTracker tracker;
    /** The handpieces the unit takes and the one confirmed fitted. */
    protected final FixedHandpieces handpieces;

    /**
     * @param transport the byte link to the unit, not yet open
     * @param clock stamps events
     * @param unit the treatment unit, already checked by the dialect
     */
    protected PolledLaserDriver(ByteTransport transport, Clock clock, TreatmentUnit unit) {
        this.core = new PolledDriverCore<>(transport, clock, this::connectUnit);
        this.name = core.name();
        this.capabilities = unit.capabilities();
        this.tracker = new UnitTracker(core.dispatcher(), clock, name);
        this.handpieces = new FixedHandpieces(unit.handpieces());
    }

    /** The dialect's connector; made in the dialect's constructor, used from the first connect on. */
    protected abstract PolledConnector<C> connector();

    /** The dialect's arming sequence, run under the command lock once a handpiece is confirmed. */
    protected abstract LaserState armUnit(C active) throws DeviceException;

    private PolledDriverCore.Connected<C> connectUnit(DeviceIdentity expected, Lock commandLock,
                                                      ExchangeLink.LossListener listener) throws DeviceException {
        return connector().connect(expected, commandLock, listener);
    }

    @Override
    public void connect() throws DeviceException {
        core.connect();
    }

    @Override
    public void reconnect() throws DeviceException {
        core.reconnect();
    }

    @Override
    public Optional<DeviceIdentity> identity() {
        return core.identity();
    }

    @Override
    public DeviceCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public void confirmHandpiece(SpotDiameter fitted) throws DeviceException {
        Objects.requireNonNull(fitted, "fitted");
        LaserState state = tracker.state();
        if (state == LaserState.READY || state == LaserState.EMISSION) {
            throw DeviceException.refused(RefusalReason.WRONG_STATE, "handpiece " + fitted
                    + " not confirmed: the unit is " + state);
        }
        handpieces.confirm(fitted);
        log.info("Handpiece {} confirmed fitted on {}", fitted, name);
    }

    @Override
    public Optional<SpotDiameter> confirmedHandpiece() {
        return handpieces.confirmed();
    }

    @Override
    public LaserState arm() throws DeviceException {
        if (handpieces.confirmed().isEmpty()) {
            throw new DeviceException(DeviceException.Reason.INVALID_REQUEST,
                    "arm refused: no handpiece confirmed fitted");
        }
        LaserState after = core.serialised(this::armUnit);
        log.info("Armed {}: unit reports {}", name, after);
        return after;
    }

    @Override
    public void addListener(DeviceEventListener listener) {
        core.dispatcher().add(listener);
    }

    @Override
    public void removeListener(DeviceEventListener listener) {
        core.dispatcher().remove(listener);
    }

    @Override
    public LinkStatistics linkStatistics() {
        return core.linkStatistics();
    }

    @Override
    public boolean isConnected() {
        return core.isConnected();
    }

    @Override
    public void close() {
        core.close();
    }
}
