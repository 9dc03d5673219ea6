package org.pulseguard.device.bigsky;

import org.pulseguard.device.DeviceException;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.protocol.bigsky.BigSkyReply;
import org.pulseguard.protocol.bigsky.InterlockField;
import org.pulseguard.protocol.bigsky.StatusWord;

/**
 * Reads a Big Sky unit's state. A full reading asks {@code WOR IF IF2 P R QOF}; a fast one (the
 * poll) asks only {@code WOR} and keeps the rest from the last reading, asking {@code IF IF2}
 * again when the {@code I} digit is non-zero or changed [inferred: the pump, shutter and
 * Q-switch-at-run change only by our own commands, after which a full reading is taken, and by the
 * periodic full reading]. Used under the driver's command lock or by the emergency stop; the last
 * reading is published safely. Thread-safe.
 */
final class BigSkyStatusReader {
    private final BigSkyLink link;
    private volatile BigSkyReading last;

    BigSkyStatusReader(BigSkyLink link) {
        this.link = link;
    }

    BigSkyReading readFull() throws DeviceException {
        StatusWord status = link.query(BigSkyCommand.STATUS, StatusWord.class);
        InterlockField lamp = link.query(BigSkyCommand.LAMP_INTERLOCKS, InterlockField.class);
        InterlockField lamp2 = link.query(BigSkyCommand.LAMP_INTERLOCKS_2, InterlockField.class);
        boolean pumpOn = link.number(BigSkyCommand.WATER_PUMP) == 1;
        boolean shutterOpen = link.query(BigSkyCommand.SHUTTER, BigSkyReply.Shutter.class).open();
        boolean qswitchAtRun = link.number(BigSkyCommand.QSWITCH_AT_RUN) == 1;
        BigSkyReading reading = new BigSkyReading(status, lamp, lamp2, pumpOn, shutterOpen, qswitchAtRun);
        last = reading;
        return reading;
    }

    BigSkyReading readFast() throws DeviceException {
        BigSkyReading previous = last;
        if (previous == null) {
            return readFull();
        }
        StatusWord status = link.query(BigSkyCommand.STATUS, StatusWord.class);
        BigSkyReading reading = previous.withStatus(status);
        if (!status.interlocksClosed() || status.interlockCode() != previous.status().interlockCode()) {
            InterlockField lamp = link.query(BigSkyCommand.LAMP_INTERLOCKS, InterlockField.class);
            InterlockField lamp2 = link.query(BigSkyCommand.LAMP_INTERLOCKS_2, InterlockField.class);
            reading = new BigSkyReading(status, lamp, lamp2, previous.pumpOn(), previous.shutterOpen(),
                    previous.qswitchAtRun());
        }
        last = reading;
        return reading;
    }
}
