package org.pulseguard.device.bigsky;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.polled.JammedOperatorCommand;

/**
 * The emergency stop and a trip's standby never wait behind an operator command: with the
 * operator's exchange stuck in the transport (its write blocks until released), their bytes still
 * reach the transport before it is released.
 */
class BigSkyLaserDriverStopPriorityTest extends BigSkyDriverFixture {
    private final JammedOperatorCommand jammed = new JammedOperatorCommand();

    @BeforeEach
    void connectAndJamAnOperatorCommand() throws Exception {
        connectWithHandpiece();
        unit.script("V", jammed::jam);
        jammed.start(driver::readSetpoint);
    }

    @Test
    void emergencyStop_whileAnOperatorCommandIsStuckWriting_reachesTheTransportAtOnce() throws Exception {
        // When / Then
        assertThat(jammed.stopReachesTheLineFirst(unit, ">S\r\n", driver::emergencyStop))
                .isEqualTo(LaserState.STANDBY);
    }

    @Test
    void standby_whileAnOperatorCommandHoldsTheLine_sendsLampStopAheadOfIt() throws Exception {
        // When / Then
        assertThat(jammed.stopReachesTheLineFirst(unit, ">S\r\n", driver::standby)).isEqualTo(LaserState.STANDBY);
    }
}
