package org.pulseguard.device.bigsky;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.polled.ExchangeLink;
import org.pulseguard.device.polled.PolledLinkCounters;
import org.pulseguard.device.polled.PolledConnector;
import org.pulseguard.device.polled.PulseCounter;
import org.pulseguard.device.polled.UnitTracker;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.protocol.bigsky.BigSkyReply;
import org.pulseguard.transport.ByteTransport;

/**
 * Establishes one {@link BigSkyConnection}: opens the transport (which looks the port up again by
 * name), starts the reader, identifies the unit ({@code SN}, {@code X}, {@code DAT}), checks it
 * is the unit seen before (if any), takes the baseline reading and starts polling. On any failure
 * the half-made link is closed. Used under the driver's lifecycle lock; no state between calls.
 */
final class BigSkyConnector extends PolledConnector<BigSkyConnection> {
    /** What {@link DeviceIdentity#model()} says for every Big Sky / CFR unit. */
    static final String MODEL = "Quantel Big Sky";

    private final BigSkyDriverSettings settings;
    private final UnitTracker tracker;
    private final PulseCounter pulses;

    BigSkyConnector(ByteTransport transport, String name, ScheduledExecutorService scheduler,
                    BigSkyDriverSettings settings, PolledLinkCounters counters, UnitTracker tracker, PulseCounter pulses) {
        super(transport, name, scheduler, settings.commandTimeout(), settings.maxRetries(), settings.pollPeriod(),
                counters);
        this.settings = settings;
        this.tracker = tracker;
        this.pulses = pulses;
    }

    @Override
    protected BigSkyConnection connection(ExchangeLink exchangeLink) {
        return new BigSkyConnection(new BigSkyLink(exchangeLink, settings.address()), tracker, pulses, name);
    }

    @Override
    protected String describe(DeviceIdentity identity) {
        return "serial " + identity.serial();
    }

    @Override
    protected void prepare(BigSkyConnection connection) throws DeviceException {
        connection.baseline();
    }

    @Override
    protected DeviceIdentity identify(BigSkyConnection connection) throws DeviceException {
        BigSkyLink link = connection.link;
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
