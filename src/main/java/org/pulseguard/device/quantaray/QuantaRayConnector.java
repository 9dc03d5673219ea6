package org.pulseguard.device.quantaray;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.locks.Lock;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.polled.ExchangeLink;
import org.pulseguard.device.polled.LinkCounters;
import org.pulseguard.device.polled.PolledDriverCore;
import org.pulseguard.device.polled.PulseCounter;
import org.pulseguard.device.polled.UnitTracker;
import org.pulseguard.protocol.quantaray.QuantaRayCommand;
import org.pulseguard.protocol.quantaray.QuantaRayReply;
import org.pulseguard.protocol.quantaray.QuantaRayRequest;
import org.pulseguard.transport.ByteTransport;
import org.pulseguard.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Establishes one {@link QuantaRayConnection}: opens the transport (which looks the port up again
 * by name), starts the reader, identifies the unit ({@code *IDN?}), checks it is the unit seen
 * before (if any) and under computer control ({@code *STB?} bit 23), sets the host watchdog
 * ({@code WATC <n>}, confirmed by the {@code *STB?} that follows), takes the baseline reading and
 * starts polling, which feeds the watchdog from then on. It never switches the unit ON. On any
 * failure the half-made link is closed. Used under the driver's lifecycle lock.
 */
final class QuantaRayConnector {
    private static final Logger LOG = LoggerFactory.getLogger(QuantaRayConnector.class);

    private final ByteTransport transport;
    private final String name;
    private final ScheduledExecutorService scheduler;
    private final QuantaRayDriverSettings settings;
    private final LinkCounters counters;
    private final UnitTracker tracker;
    private final PulseCounter pulses;

    QuantaRayConnector(ByteTransport transport, String name, ScheduledExecutorService scheduler,
                    QuantaRayDriverSettings settings, LinkCounters counters, UnitTracker tracker, PulseCounter pulses) {
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
     *     answer, PROTOCOL_ERROR if a different unit answers, the identity is not
     *     {@code maker,model,serial,firmware} or the unit is not under computer control
     */
    PolledDriverCore.Connected<QuantaRayConnection> connect(DeviceIdentity expected, Lock commandLock,
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
        QuantaRayConnection connection = new QuantaRayConnection(new QuantaRayLink(exchangeLink), tracker, pulses,
                name);
        try {
            DeviceIdentity identity = identify(connection.link);
            if (expected != null && !expected.isSameUnitAs(identity)) {
                throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR, "a different unit answered on " + name
                        + ": " + identity.model() + " serial " + identity.serial() + ", expected " + expected.model()
                        + " serial " + expected.serial());
            }
            connection.read();
            connection.link.send(new QuantaRayRequest.SetWatchdog(settings.watchdogSeconds()), connection.link.fence());
            connection.baseline();
            connection.startPolling(scheduler, settings.pollPeriod(), commandLock);
            LOG.info("Connected to {} on {} (serial {}, firmware {}); watchdog {} s", identity.model(), name,
                    identity.serial(), identity.firmware(), settings.watchdogSeconds());
            return new PolledDriverCore.Connected<>(connection, identity);
        } catch (DeviceException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** {@code *IDN?} as {@code maker,model,serial,firmware} (the SCPI form) [inferred]. */
    private DeviceIdentity identify(QuantaRayLink link) throws DeviceException {
        String text = link.query(QuantaRayCommand.IDENTIFY, QuantaRayReply.Identity.class).text();
        String[] fields = text.split(",", -1);
        if (fields.length != 4 || fields[1].isBlank() || fields[2].isBlank()) {
            throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR, "unit on " + name + " identifies as '"
                    + text + "', not maker,model,serial,firmware");
        }
        return new DeviceIdentity((fields[0].strip() + " " + fields[1].strip()).strip(), fields[2].strip(),
                fields[3].strip(), Duration.ofSeconds(settings.watchdogSeconds()), Duration.ZERO);
    }
}
