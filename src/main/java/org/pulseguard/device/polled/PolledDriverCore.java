package org.pulseguard.device.polled;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceEventDispatcher;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.LinkStatistics;
import org.pulseguard.transport.ByteTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle every polled-unit driver shares, so each dialect's driver holds only its dialect:
 * connect and explicit reconnect (the connector re-opens the port by name and re-identifies; a
 * different unit is refused; nothing is re-armed), the event dispatcher and its named thread
 * ({@code pulseguard-events-<port>}), link loss reported once as {@link DeviceEvent.LinkLost}, the
 * fair command lock that serialises ordinary commands (polls take it without waiting; the
 * emergency stop does not take it), link statistics, and an idempotent close.
 *
 * <p>Thread-safe.
 *
 * @param <C> the dialect's connection type
 */
public final class PolledDriverCore<C extends PolledDriverCore.Connection> {
    private static final Logger LOG = LoggerFactory.getLogger(PolledDriverCore.class);

    /** One established connection of a dialect. */
    public interface Connection {
        /** True until the link is lost or closed. */
        boolean isAlive();

        /** Why the link was lost, if it was. */
        Optional<String> lossReason();

        /** Stops polling and closes the link; idempotent. */
        void close();
    }

    /** An established connection and the identity its unit gave. */
    public record Connected<C>(C connection, DeviceIdentity identity) {}

    /** Establishes a connection; on failure it leaves nothing open. */
    @FunctionalInterface
    public interface Connector<C> {
        /**
         * @param expected the unit identified before, or null on the first connect
         * @param commandLock the lock polls must take without waiting
         * @param listener told once when the new link is lost
         */
        Connected<C> connect(DeviceIdentity expected, Lock commandLock, ExchangeLink.LossListener listener)
                throws DeviceException;
    }

    /** A unit of work on the active connection. */
    @FunctionalInterface
    public interface Work<C, T> {
        T run(C connection) throws DeviceException;
    }

    private final ByteTransport transport;
    private final Clock clock;
    private final String name;
    private final Connector<C> connector;
    private final DeviceEventDispatcher dispatcher;
    private final PolledLinkCounters counters = new PolledLinkCounters();
    private final ReentrantLock commandLock = new ReentrantLock(true);
    private final Object lifecycle = new Object();
    private volatile C connection;
    private volatile DeviceIdentity identity;
    private volatile boolean closed;

    /**
     * @param transport the byte link, not yet open
     * @param clock stamps the link events
     * @param connector the dialect's way to establish a connection
     */
    public PolledDriverCore(ByteTransport transport, Clock clock, Connector<C> connector) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.connector = Objects.requireNonNull(connector, "connector");
        this.name = portName(transport);
        this.dispatcher = new DeviceEventDispatcher("pulseguard-events-" + name);
    }

    /** The port name used in logs and thread names: the first word of {@link ByteTransport#describe()}. */
    public static String portName(ByteTransport transport) {
        return transport.describe().split(" ", 2)[0];
    }

    /** The port name. */
    public String name() {
        return name;
    }

    /** The driver's event dispatcher (one named thread for the driver's life). */
    public DeviceEventDispatcher dispatcher() {
        return dispatcher;
    }

    /** The counters the dialect's links count into, kept across reconnects. */
    public PolledLinkCounters counters() {
        return counters;
    }

    /** Counts of link trouble since the driver was created. */
    public LinkStatistics linkStatistics() {
        return counters.snapshot();
    }

    /** Opens the link and identifies the unit; IllegalStateException when connected or closed. */
    public void connect() throws DeviceException {
        synchronized (lifecycle) {
            requireNotClosed();
            if (isConnected()) {
                throw new IllegalStateException(name + " is already connected; use reconnect()");
            }
            establish();
        }
    }

    /** Closes the link if open, connects again to the same unit and reports {@link DeviceEvent.LinkRestored}. */
    public void reconnect() throws DeviceException {
        synchronized (lifecycle) {
            requireNotClosed();
            C old = connection;
            connection = null;
            if (old != null) {
                old.close();
            }
            establish();
            dispatcher.dispatch(new DeviceEvent.LinkRestored(clock.instant()));
        }
    }

    private void establish() throws DeviceException {
        Connected<C> connected = connector.connect(identity, commandLock,
                reason -> dispatcher.dispatch(new DeviceEvent.LinkLost(clock.instant(), reason)));
        identity = connected.identity();
        connection = connected.connection();
    }

    /** The identity read at the last successful (re)connect. */
    public Optional<DeviceIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    /** True between a successful (re)connect and a loss or close. */
    public boolean isConnected() {
        C active = connection;
        return active != null && active.isAlive();
    }

    /** Runs {@code work} holding the fair command lock, so ordinary commands never interleave. */
    public <T> T serialised(Work<C, T> work) throws DeviceException {
        try {
            commandLock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(DeviceException.Reason.TIMEOUT, "interrupted waiting to command " + name, e);
        }
        try {
            return work.run(active());
        } finally {
            commandLock.unlock();
        }
    }

    /**
     * Runs {@code confirm} holding the command lock, like {@link #serialised}, but when another
     * command holds the lock (an operator command retrying against a silent unit, a poll), first
     * runs {@code jump} on the live connection without the lock: it must only interject (write at
     * once, ahead of that command and its retries, and fence off its further steps). A trip's
     * standby takes this path, so its stop never waits for an operator command.
     */
    public <T> T urgent(Work<C, ?> jump, Work<C, T> confirm) throws DeviceException {
        if (commandLock.tryLock()) {
            try {
                return confirm.run(active());
            } finally {
                commandLock.unlock();
            }
        }
        jump.run(active());
        return serialised(confirm);
    }

    /**
     * The live connection, without the command lock (for the emergency stop).
     *
     * @throws DeviceException NOT_CONNECTED before connecting, after a loss or a close
     */
    public C active() throws DeviceException {
        C active = connection;
        if (active == null || !active.isAlive()) {
            String why = active == null ? (closed ? "driver closed" : "not connected")
                    : "link lost (" + active.lossReason().orElse("closed") + ")";
            throw new DeviceException(DeviceException.Reason.NOT_CONNECTED, "command not sent to " + name + ": " + why);
        }
        return active;
    }

    /** Closes the connection, the transport and the dispatcher. Idempotent; never throws. */
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            C old = connection;
            connection = null;
            if (old != null) {
                old.close();
            }
            transport.close();
            dispatcher.close();
            LOG.info("Driver for {} closed", name);
        }
    }

    private void requireNotClosed() {
        if (closed) {
            throw new IllegalStateException("driver for " + name + " is closed");
        }
    }
}
