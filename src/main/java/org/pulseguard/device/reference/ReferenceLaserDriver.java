package org.pulseguard.device.reference;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.pulseguard.device.DeviceCapabilities;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceEventDispatcher;
import org.pulseguard.device.DeviceEventListener;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.DeviceStatus;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.LinkStatistics;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.device.Setpoint;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.transport.ByteTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LaserDevice} for the pulseguard reference laser protocol (docs/protocol/reference-laser.md).
 *
 * <p>Threads: one reader thread per connection ({@code pulseguard-link-<port>}), one event-dispatch
 * thread for the driver's life ({@code pulseguard-events-<port>}), and heartbeats on the injected
 * scheduler. Ordinary commands are serialised by a fair lock; the emergency stop, the standby and the
 * heartbeat bypass it with their own sequence numbers. Event timestamps come from the injected clock.
 * Thread-safe; {@link #close()} is idempotent and stops every thread it started.
 */
public final class ReferenceLaserDriver implements LaserDevice {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceLaserDriver.class);

    private final ByteTransport transport;
    private final Clock clock;
    private final String name;
    private final DeviceCapabilities capabilities = ReferenceCapabilities.reference();
    private final DeviceEventDispatcher dispatcher;
    private final ReferenceLinkCounters counters = new ReferenceLinkCounters();
    private final AtomicInteger sequences = new AtomicInteger();
    private final ReentrantLock commandLock = new ReentrantLock(true);
    private final Object lifecycle = new Object();
    private final ReferenceConnector connector;
    private volatile ReferenceLink link;
    private volatile DeviceIdentity identity;
    private volatile boolean closed;

    /**
     * Creates a driver; nothing is opened until {@link #connect()}.
     *
     * @param transport the byte link to the unit, not yet open
     * @param scheduler runs the heartbeats; owned by the caller
     * @param clock stamps events
     * @param settings timeouts, retries and heartbeat period
     */
    public ReferenceLaserDriver(ByteTransport transport, ScheduledExecutorService scheduler, Clock clock,
                                ReferenceDriverSettings settings) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.name = transport.describe().split(" ", 2)[0];
        this.dispatcher = new DeviceEventDispatcher("pulseguard-events-" + name);
        this.connector = new ReferenceConnector(transport, name, Objects.requireNonNull(scheduler, "scheduler"),
                Objects.requireNonNull(settings, "settings"), counters, sequences);
    }

    @Override
    public void connect() throws DeviceException {
        synchronized (lifecycle) {
            requireNotClosed();
            if (isConnected()) {
                throw new IllegalStateException(name + " is already connected; use reconnect()");
            }
            establish();
        }
    }

    @Override
    public void reconnect() throws DeviceException {
        synchronized (lifecycle) {
            requireNotClosed();
            ReferenceLink old = link;
            link = null;
            if (old != null) {
                old.close();
            }
            establish();
            dispatcher.dispatch(new DeviceEvent.LinkRestored(clock.instant()));
        }
    }

    private void establish() throws DeviceException {
        ReferenceConnector.Connected connected = connector.connect(identity, new Listener());
        identity = connected.identity();
        link = connected.link();
    }

    @Override
    public Optional<DeviceIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    @Override
    public DeviceCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public DeviceStatus status() throws DeviceException {
        return WireCodes.status(command(new Request.GetStatus(), Reply.Status.class));
    }

    @Override
    public Setpoint applySetpoint(Setpoint setpoint) throws DeviceException {
        capabilities.check(setpoint);
        return serialised(active -> new SetpointWriter(active, capabilities).apply(setpoint));
    }

    /** The reference unit has a motorised zoom: any handpiece confirmation is accepted and changes nothing. */
    @Override
    public void confirmHandpiece(SpotDiameter fitted) {
        Objects.requireNonNull(fitted, "fitted");
    }

    @Override
    public Setpoint readSetpoint() throws DeviceException {
        return serialised(active -> new SetpointWriter(active, capabilities).read());
    }

    @Override
    public LaserState arm() throws DeviceException {
        LaserState after = WireCodes.state(command(new Request.Arm(), Reply.StateAfter.class).state());
        LOG.info("Armed {}: unit reports {}", name, after);
        return after;
    }

    /**
     * Bypasses the command lock like {@link #emergencyStop()}: a standby (a trip's, or the operator's)
     * never waits for another command's reply or retries, and an ARM or RESET_FAULT asked for before
     * it is not sent again after it (see {@link ReferenceLink}).
     */
    @Override
    public LaserState standby() throws DeviceException {
        return WireCodes.state(activeLink(new Request.Standby())
                .exchangeSafeState(new Request.Standby(), Reply.StateAfter.class).state());
    }

    @Override
    public LaserState emergencyStop() throws DeviceException {
        // Bypasses the command lock: goes out at once, even while another command awaits its reply.
        // Logged only afterwards: a console log line costs ~0.3 ms, which the stop must not wait for.
        Reply.StateAfter reply = activeLink(new Request.EmergencyStop())
                .exchangeSafeState(new Request.EmergencyStop(), Reply.StateAfter.class);
        LOG.warn("Emergency stop sent to {}: unit reports {}", name, reply.state());
        return WireCodes.state(reply.state());
    }

    @Override
    public DeviceFault resetFault() throws DeviceException {
        return WireCodes.fault(command(new Request.ResetFault(), Reply.FaultAfterReset.class).fault());
    }

    @Override
    public PulseCounters counters() throws DeviceException {
        Reply.Counters reply = command(new Request.ReadCounters(), Reply.Counters.class);
        return new PulseCounters(reply.lifetimePulses(), reply.userPulses());
    }

    @Override
    public PulseCounters resetUserCounter() throws DeviceException {
        Reply.Counters reply = command(new Request.ResetUserCounter(), Reply.Counters.class);
        return new PulseCounters(reply.lifetimePulses(), reply.userPulses());
    }

    @Override
    public void addListener(DeviceEventListener listener) {
        dispatcher.add(listener);
    }

    @Override
    public void removeListener(DeviceEventListener listener) {
        dispatcher.remove(listener);
    }

    @Override
    public LinkStatistics linkStatistics() {
        return counters.snapshot();
    }

    @Override
    public boolean isConnected() {
        ReferenceLink active = link;
        return active != null && active.isAlive();
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            ReferenceLink old = link;
            link = null;
            if (old != null) {
                old.close();
            }
            transport.close();
            dispatcher.close();
            LOG.info("Driver for {} closed", name);
        }
    }

    private <R extends Reply> R command(Request request, Class<R> replyClass) throws DeviceException {
        return serialised(active -> active.exchange(request, replyClass));
    }

    /** Runs {@code work} holding the fair command lock, so ordinary commands never interleave. */
    private <T> T serialised(LinkWork<T> work) throws DeviceException {
        try {
            commandLock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(DeviceException.Reason.TIMEOUT, "interrupted waiting to command " + name, e);
        }
        try {
            return work.run(activeLink(null));
        } finally {
            commandLock.unlock();
        }
    }

    private ReferenceLink activeLink(Request request) throws DeviceException {
        ReferenceLink active = link;
        if (active == null || !active.isAlive()) {
            String what = request == null ? "command" : request.type().name();
            String why = active == null ? (closed ? "driver closed" : "not connected")
                    : "link lost (" + active.lossReason().orElse("closed") + ")";
            throw new DeviceException(DeviceException.Reason.NOT_CONNECTED, what + " not sent to " + name + ": " + why);
        }
        return active;
    }

    private void requireNotClosed() {
        if (closed) {
            throw new IllegalStateException("driver for " + name + " is closed");
        }
    }

    /** A unit of work on the active link. */
    @FunctionalInterface
    private interface LinkWork<T> {
        T run(ReferenceLink active) throws DeviceException;
    }

    /** Turns link reports into device events on the dispatch thread. */
    private final class Listener implements LinkListener {
        @Override
        public void onEvent(Event event) {
            dispatcher.dispatch(WireCodes.event(event, clock.instant()));
        }

        @Override
        public void onEventsMissed(int count) {
            dispatcher.dispatch(new DeviceEvent.EventsMissed(clock.instant(), count));
        }

        @Override
        public void onLinkLost(String reason) {
            dispatcher.dispatch(new DeviceEvent.LinkLost(clock.instant(), reason));
        }
    }
}
