package org.pulseguard.device.bigsky;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pulseguard.device.Interlock;
import org.pulseguard.protocol.bigsky.FiringState;
import org.pulseguard.protocol.bigsky.InterlockField;
import org.pulseguard.protocol.bigsky.ReplyLayout;
import org.pulseguard.protocol.bigsky.StatusWord;

/**
 * The Big Sky's {@code IF} external-interlock bit carries the external interlock and the unit's own
 * emergency-stop button on one bit (docs/protocol/bigsky.md section 5): the reading must not name one.
 */
class BigSkyReadingInterlockTest {

    private static BigSkyReading readingWithLampBits(int bits) {
        return new BigSkyReading(new StatusWord(1, FiringState.START, false, 1, FiringState.STOP, true),
                new InterlockField(ReplyLayout.LAMP_INTERLOCKS, bits), new InterlockField(ReplyLayout.LAMP_INTERLOCKS_2, 0),
                true, true, true);
    }

    @Test
    void externalInterlockBit_isReportedAsInterlockOrEmergencyStopInput() {
        assertThat(readingWithLampBits(1 << 5).openInterlocks()).containsExactly(Interlock.INTERLOCK_OR_EMERGENCY_STOP);
    }

    @Test
    void coverBit_isStillTheCover() {
        assertThat(readingWithLampBits(1 << 6).openInterlocks()).containsExactly(Interlock.COVER);
    }
}
