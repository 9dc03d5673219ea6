package org.pulseguard.device.reference;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.transport.ByteTransport;
import org.pulseguard.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Establishes one {@link ReferenceLink}: opens the transport (which looks the port up again by
 * name), starts the reader, identifies the unit, checks it is the unit seen before (if any) and
 * starts the heartbeat. On any failure the half-made link is closed. Used under the driver's
 * lifecycle lock; holds no state of its own between calls.
 */
final class ReferenceConnector {
    /**
     * The shortest watchdog period the driver accepts from a unit, in ms (docs/protocol/reference-laser.md
     * section 6.2): below, heartbeats at a quarter of the period flood the link and a scheduling
     * pause on the host trips the unit; above, a lost host leaves the unit firing too long (H7).
     */
    static final long WATCHDOG_MIN_MILLIS = 100;
    /** The longest watchdog period the driver accepts from a unit, in ms; see {@link #WATCHDOG_MIN_MILLIS}. */
    static final long WATCHDOG_MAX_MILLIS = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceConnector.class);

    /** An established link and the identity its unit gave. */
    record Connected(ReferenceLink link, DeviceIdentity identity) {}

    private final ByteTransport transport;
    private final String name;
    private final ScheduledExecutorService scheduler;
    private final ReferenceDriverSettings settings;
    private final ReferenceLinkCounters counters;
    private final AtomicInteger sequences;

    ReferenceConnector(ByteTransport transport, String name, ScheduledExecutorService scheduler,
                       ReferenceDriverSettings settings, ReferenceLinkCounters counters, AtomicInteger sequences) {
        this.transport = transport;
        this.name = name;
        this.scheduler = scheduler;
        this.settings = settings;
        this.counters = counters;
        this.sequences = sequences;
    }

    /**
     * @param expected the unit identified before, or null on the first connect
     * @throws DeviceException LINK_LOST if the port cannot be opened, TIMEOUT if the unit does not
     *     identify itself, PROTOCOL_ERROR if a different unit answers or the unit reports a
     *     watchdog period outside {@value #WATCHDOG_MIN_MILLIS}..{@value #WATCHDOG_MAX_MILLIS} ms
     */
    Connected connect(DeviceIdentity expected, LinkListener listener) throws DeviceException {
        try {
            transport.open();
        } catch (TransportException e) {
            throw new DeviceException(DeviceException.Reason.LINK_LOST, "could not open " + name + ": " + e.getMessage(), e);
        }
        ReferenceLink link = new ReferenceLink(transport, name, settings, counters, sequences, listener);
        link.start();
        try {
            DeviceIdentity identity = identify(link);
            if (expected != null && !expected.isSameUnitAs(identity)) {
                throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR, "a different unit answered on " + name
                        + ": " + identity.model() + " serial " + identity.serial() + ", expected "
                        + expected.model() + " serial " + expected.serial());
            }
            requireSaneWatchdog(identity);
            link.startHeartbeat(scheduler, heartbeatPeriod(identity));
            LOG.info("Connected to {} on {} (serial {}, firmware {})", identity.model(), name, identity.serial(),
                    identity.firmware());
            return new Connected(link, identity);
        } catch (DeviceException | RuntimeException e) {
            link.close();
            throw e;
        }
    }

    private static DeviceIdentity identify(ReferenceLink link) throws DeviceException {
        Reply.Identity reply = link.exchange(new Request.Identify(), Reply.Identity.class);
        return new DeviceIdentity(reply.model(), reply.serial(), reply.firmware(),
                Duration.ofMillis(reply.watchdogPeriodMillis()), Duration.ofMillis(reply.emissionDelayMillis()));
    }

    /** H7: a unit whose watchdog would not bound a lost host (or would flood the link) is not usable. */
    private void requireSaneWatchdog(DeviceIdentity identity) throws DeviceException {
        long millis = identity.watchdogPeriod().toMillis();
        if (millis < WATCHDOG_MIN_MILLIS || millis > WATCHDOG_MAX_MILLIS) {
            throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR, identity.model() + " serial "
                    + identity.serial() + " on " + name + " reports a watchdog period of " + millis
                    + " ms, outside the " + WATCHDOG_MIN_MILLIS + ".." + WATCHDOG_MAX_MILLIS
                    + " ms this driver accepts (reference-laser protocol section 6.2); the unit is not used");
        }
    }

    private Duration heartbeatPeriod(DeviceIdentity identity) {
        Duration watchdog = identity.watchdogPeriod();
        Duration period = settings.heartbeatPeriodFor(watchdog);
        if (!watchdog.isZero() && period.compareTo(watchdog) >= 0) {
            LOG.warn("Heartbeat every {} ms on {} is not shorter than its {} ms watchdog; READY will trip",
                    period.toMillis(), name, watchdog.toMillis());
        }
        return period;
    }
}
