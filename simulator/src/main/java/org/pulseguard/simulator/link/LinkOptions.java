package org.pulseguard.simulator.link;

import java.util.Objects;
import org.pulseguard.transport.SerialSettings;

/**
 * How the protocol server uses the line. Immutable.
 *
 * @param lineSettings baud rate and framing, used to pace output like a real UART
 * @param pacing whether output is paced at the line's speed (off for fast tests and benchmarks)
 * @param garbageOnOpenBytes garbage bytes sent each time the endpoint opens or a peer attaches (0 = none)
 */
public record LinkOptions(SerialSettings lineSettings, boolean pacing, int garbageOnOpenBytes) {
    public LinkOptions {
        Objects.requireNonNull(lineSettings, "lineSettings");
        if (garbageOnOpenBytes < 0 || garbageOnOpenBytes > 4096) {
            throw new IllegalArgumentException("garbageOnOpenBytes " + garbageOnOpenBytes + " outside 0..4096");
        }
    }
}
