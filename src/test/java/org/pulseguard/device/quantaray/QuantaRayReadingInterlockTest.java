package org.pulseguard.device.quantaray;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.Interlock;
import org.pulseguard.protocol.quantaray.StatusBit;
import org.pulseguard.protocol.quantaray.StatusRegister;

/**
 * The Quanta-Ray's {@code *STB?} bit 15 is one bit for the CDRH plug (where a door interlock or an
 * emergency-stop button is wired), covers, head temperature and water (docs/protocol/quantaray.md
 * section 4.1): the reading must not name one of them.
 */
class QuantaRayReadingInterlockTest {

    @Test
    void interlockOpenBit_isReportedAsInterlockOrEmergencyStopInput() {
        QuantaRayReading reading = new QuantaRayReading(StatusRegister.of(EnumSet.of(StatusBit.MAIN_CONTACTOR_ENERGIZED,
                StatusBit.OSCILLATOR_SIMMER_ON, StatusBit.INTERLOCK_OPEN)));

        assertThat(reading.openInterlocks()).containsExactly(Interlock.INTERLOCK_OR_EMERGENCY_STOP);
    }

    @Test
    void coverBit_isStillTheCover() {
        QuantaRayReading reading = new QuantaRayReading(StatusRegister.of(EnumSet.of(StatusBit.COVER_INTERLOCK_OPEN)));

        assertThat(reading.openInterlocks()).containsExactly(Interlock.COVER);
    }
}
