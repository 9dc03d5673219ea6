package org.pulseguard.cli;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.reference.ReferenceDriverSettings;
import org.pulseguard.device.reference.ReferenceLaserDriver;
import org.pulseguard.transport.PortAddress;
import org.pulseguard.transport.SerialSettings;
import org.pulseguard.transport.Transports;

/**
 * The composition root for laser units: builds the driver for a dialect on a port. The only place
 * above the device layer that names a dialect.
 */
final class LaserConnections {
    private LaserConnections() {}

    /** Line settings a dialect uses unless told otherwise. */
    static SerialSettings defaultSettings(CliDialect dialect) {
        return SerialSettings.REFERENCE_DEFAULT;
    }

    /** An unconnected driver for {@code dialect} on {@code port}. */
    static LaserDevice driver(CliDialect dialect, String port, SerialSettings settings, ScheduledExecutorService scheduler,
                              Clock clock) {
        if (dialect != CliDialect.reference) {
            throw new IllegalArgumentException("no driver for the " + dialect + " dialect in this build");
        }
        return new ReferenceLaserDriver(Transports.forAddress(PortAddress.parse(port), settings), scheduler, clock,
                ReferenceDriverSettings.defaults());
    }
}
