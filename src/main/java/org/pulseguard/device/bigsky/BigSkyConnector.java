package org.pulseguard.device.bigsky;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.locks.Lock;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.polled.ExchangeLink;
import org.pulseguard.device.polled.LinkCounters;
import org.pulseguard.device.polled.PolledDriverCore;
import org.pulseguard.device.polled.PulseCounter;
import org.pulseguard.device.polled.UnitTracker;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.protocol.bigsky.BigSkyReply;
import org.pulseguard.transport.ByteTransport;
import org.pulseguard.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Establishes one {@link BigSkyConnection}: opens the transport (which looks the port up again by
 * name), starts the reader, identifies the unit ({@code SN}, {@code X}, {@code DAT}), checks it
 * is the unit seen before (if any), takes the baseline reading and starts polling. On any failure
 * the half-made link is closed. Used under the driver's lifecycle lock; no state between calls.
 */
final class BigSkyConnector {
    private static final Logger LOG = LoggerFactory.getLogger(BigSkyConnector.class);
    /** What {@link DeviceIdentity#model()} says for every Big Sky / CFR unit. */
    static final String MODEL = "Quantel Big Sky";

    private final ByteTransport transport;
    private final String name;
    private final ScheduledExecutorService scheduler;
    private final BigSkyDriverSettings settings;
    private final LinkCounters counters;
    private final UnitTracker tracker;
    private final PulseCounter pulses;

    BigSkyConnector(ByteTransport transport, String name, ScheduledExecutorService scheduler,
                    BigSkyDriverSettings settings, LinkCounters counters, UnitTracker tracker, PulseCounter pulses) {
        this.transport = transport;
        this.name = name;
        this.scheduler = scheduler;
        this.settings = settings;
        this.counters = counters;
        this.tracker = tracker;
        this.pulses = pulses;
    }

    /**
     * @param expected the unit identified before, or null on the first connect
     * @throws DeviceException LINK_LOST if the port cannot be opened, TIMEOUT if the unit does not
     *     answer, PROTOCOL_ERROR if a different unit answers
     */
    PolledDriverCore.Connected<BigSkyConnection> connect(DeviceIdentity expected, Lock commandLock,
                                                      ExchangeLink.LossListener listener) throws DeviceException {
        try {
            transport.open();
        } catch (TransportException e) {
            throw new DeviceException(DeviceException.Reason.LINK_LOST, "could not open " + name + ": "
                    + e.getMessage(), e);
        }
        ExchangeLink exchangeLink = new ExchangeLink(transport, name, settings.commandTimeout(), settings.maxRetries(),
                counters, listener);
        exchangeLink.start();
        BigSkyConnection connection = new BigSkyConnection(new BigSkyLink(exchangeLink, settings.address()), tracker,
                pulses, name);
        try {
            DeviceIdentity identity = identify(connection.link);
            if (expected != null && !expected.isSameUnitAs(identity)) {
                throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR, "a different unit answered on " + name
                        + ": serial " + identity.serial() + ", expected serial " + expected.serial());
            }
            connection.baseline();
            connection.startPolling(scheduler, settings.pollPeriod(), commandLock);
            LOG.info("Connected to {} on {} (serial {}, firmware {})", identity.model(), name, identity.serial(),
                    identity.firmware());
            return new PolledDriverCore.Connected<>(connection, identity);
        } catch (DeviceException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private DeviceIdentity identify(BigSkyLink link) throws DeviceException {
        int serial = link.number(BigSkyCommand.SERIAL_NUMBER);
        if (settings.unitSerial().isPresent() && settings.unitSerial().getAsInt() != serial) {
            throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR, "unit addressed as "
                    + settings.address().prefix() + " on " + name + " reports serial " + serial);
        }
        BigSkyReply.SoftwareVersion version = link.query(BigSkyCommand.SOFTWARE_VERSION,
                BigSkyReply.SoftwareVersion.class);
        BigSkyReply.SoftwareDate date = link.query(BigSkyCommand.SOFTWARE_DATE, BigSkyReply.SoftwareDate.class);
        String firmware = String.format(Locale.ROOT, "%s %d.%02d (%02d/%02d/%02d)", version.name().strip(), version.major(),
                version.minor(), date.day(), date.month(), date.year()).strip();
        return new DeviceIdentity(MODEL, String.format(Locale.ROOT, "%03d", serial), firmware, Duration.ZERO, Duration.ZERO);
    }
}
