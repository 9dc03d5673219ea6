package org.pulseguard.device.polled;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.locks.Lock;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.transport.ByteTransport;
import org.pulseguard.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every polled unit's connection is established: open the transport (which looks the port up
 * again by name), start the {@link ExchangeLink}, identify the unit, check it is the unit seen
 * before (if any), let the dialect prepare the unit (baseline reading and any set-up) and start
 * polling. On any failure the half-made link is closed. The dialect supplies the connection, the
 * identification and the preparation. Used under the driver's lifecycle lock; no state between calls.
 *
 * @param <C> the dialect's connection type
 */
public abstract class PolledConnector<C extends PolledConnection> {
    private final Logger log = LoggerFactory.getLogger(getClass());
    private final ByteTransport transport;
    /** The port name, for logs and messages. */
    protected final String name;
    private final ScheduledExecutorService scheduler;
    private final Duration commandTimeout;
    private final int maxRetries;
    private final Duration pollPeriod;
    private final PolledLinkCounters counters;

    /**
     * @param transport the byte link to the unit, not yet open
     * @param name the port name
     * @param scheduler runs the polls
     * @param commandTimeout how long one exchange waits for its reply
     * @param maxRetries how often an exchange is retried
     * @param pollPeriod how often the unit is polled
     * @param counters the driver's link counters, kept across reconnects
     */
    protected PolledConnector(ByteTransport transport, String name, ScheduledExecutorService scheduler,
                              Duration commandTimeout, int maxRetries, Duration pollPeriod, PolledLinkCounters counters) {
        this.transport = transport;
        this.name = name;
        this.scheduler = scheduler;
        this.commandTimeout = commandTimeout;
        this.maxRetries = maxRetries;
        this.pollPeriod = pollPeriod;
        this.counters = counters;
    }

    /**
     * @param expected the unit identified before, or null on the first connect
     * @param commandLock the lock polls must take without waiting
     * @param listener told once when the new link is lost
     * @throws DeviceException LINK_LOST if the port cannot be opened, TIMEOUT if the unit does not
     *     answer, PROTOCOL_ERROR if a different unit answers (or the dialect refuses the unit)
     */
    public final PolledDriverCore.Connected<C> connect(DeviceIdentity expected, Lock commandLock,
                                                       ExchangeLink.LossListener listener) throws DeviceException {
        try {
            transport.open();
        } catch (TransportException e) {
            throw new DeviceException(DeviceException.Reason.LINK_LOST, "could not open " + name + ": "
                    + e.getMessage(), e);
        }
        ExchangeLink exchangeLink = new ExchangeLink(transport, name, commandTimeout, maxRetries, counters, listener);
        C connection = connection(exchangeLink);
        exchangeLink.start();
        try {
            DeviceIdentity identity = identify(connection);
            if (expected != null && !expected.isSameUnitAs(identity)) {
                throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR, "a different unit answered on " + name
                        + ": " + describe(identity) + ", expected " + describe(expected));
            }
            prepare(connection);
            connection.startPolling(scheduler, pollPeriod, commandLock);
            log.info("Connected to {} on {} (serial {}, firmware {}){}", identity.model(), name, identity.serial(),
                    identity.firmware(), connectedNote());
            return new PolledDriverCore.Connected<>(connection, identity);
        } catch (DeviceException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The dialect's connection over the link, which starts right after (observers may be set here). */
    protected abstract C connection(ExchangeLink exchangeLink);

    /** Asks the unit who it is; PROTOCOL_ERROR when the answer is not the unit configured. */
    protected abstract DeviceIdentity identify(C connection) throws DeviceException;

    /** How a unit is named when a different one answers, for example {@code serial 042}. */
    protected abstract String describe(DeviceIdentity identity);

    /** Readies the identified unit for polling: at least the baseline reading. */
    protected abstract void prepare(C connection) throws DeviceException;

    /** What the connected log line adds after the firmware; empty by default. */
    protected String connectedNote() {
        return "";
    }
}
