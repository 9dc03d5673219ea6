package org.pulseguard.device.quantaray;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.polled.ExchangeLink;
import org.pulseguard.device.polled.PolledLinkCounters;
import org.pulseguard.device.polled.PolledConnector;
import org.pulseguard.device.polled.PulseCounter;
import org.pulseguard.device.polled.UnitTracker;
import org.pulseguard.protocol.quantaray.QuantaRayCommand;
import org.pulseguard.protocol.quantaray.QuantaRayReply;
import org.pulseguard.protocol.quantaray.QuantaRayRequest;
import org.pulseguard.transport.ByteTransport;

/**
 * Establishes one {@link QuantaRayConnection}: opens the transport (which looks the port up again
 * by name), starts the reader, identifies the unit ({@code *IDN?}), checks it is the unit seen
 * before (if any) and under computer control ({@code *STB?} bit 23), sets the host watchdog
 * ({@code WATC <n>}, confirmed by the {@code *STB?} that follows), takes the baseline reading and
 * starts polling, which feeds the watchdog from then on. It never switches the unit ON. On any
 * failure the half-made link is closed. Used under the driver's lifecycle lock.
 */
final class QuantaRayConnector extends PolledConnector<QuantaRayConnection> {
    private final QuantaRayDriverSettings settings;
    private final UnitTracker tracker;
    private final PulseCounter pulses;

    QuantaRayConnector(ByteTransport transport, String name, ScheduledExecutorService scheduler,
                       QuantaRayDriverSettings settings, PolledLinkCounters counters, UnitTracker tracker,
                       PulseCounter pulses) {
        super(transport, name, scheduler, settings.commandTimeout(), settings.maxRetries(), settings.pollPeriod(),
                counters);
        this.settings = settings;
        this.tracker = tracker;
        this.pulses = pulses;
    }

    @Override
    protected QuantaRayConnection connection(ExchangeLink exchangeLink) {
        return new QuantaRayConnection(new QuantaRayLink(exchangeLink), tracker, pulses, name);
    }

    @Override
    protected String describe(DeviceIdentity identity) {
        return identity.model() + " serial " + identity.serial();
    }

    /** Checks bit 23, sets the watchdog (confirmed by the {@code *STB?} that follows), takes the baseline. */
    @Override
    protected void prepare(QuantaRayConnection connection) throws DeviceException {
        connection.read();
        connection.link.send(new QuantaRayRequest.SetWatchdog(settings.watchdogSeconds()), connection.link.fence());
        connection.baseline();
    }

    @Override
    protected String connectedNote() {
        return "; watchdog " + settings.watchdogSeconds() + " s";
    }

    /** {@code *IDN?} as {@code maker,model,serial,firmware} (the SCPI form) [inferred]. */
    @Override
    protected DeviceIdentity identify(QuantaRayConnection connection) throws DeviceException {
        QuantaRayLink link = connection.link;
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
