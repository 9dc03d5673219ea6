package org.pulseguard.device.quantaray;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.polled.JammedOperatorCommand;
import org.pulseguard.protocol.quantaray.QuantaRayCommand;

/**
 * The emergency stop and a trip's standby never wait behind an operator command: with the
 * operator's exchange stuck in the transport (its write blocks until released), their bytes still
 * reach the transport before it is released.
 */
class QuantaRayLaserDriverStopPriorityTest extends QuantaRayDriverFixture {
    private final JammedOperatorCommand jammed = new JammedOperatorCommand();

    @BeforeEach
    void connectAndJamAnOperatorCommand() throws Exception {
        connectWithHandpiece();
        unit.script(QuantaRayCommand.READ_OSCILLATOR_PFN, jammed::jam);
        jammed.start(driver::readSetpoint);
    }

    @Test
    void emergencyStop_whileAnOperatorCommandIsStuckWriting_reachesTheTransportAtOnce() throws Exception {
        // When / Then
        assertThat(jammed.stopReachesTheLineFirst(unit, "QSW SING\rOFF\r", driver::emergencyStop))
                .isEqualTo(LaserState.OFF);
    }

    @Test
    void standby_whileAnOperatorCommandHoldsTheLine_sendsQswSingAheadOfIt() throws Exception {
        // When / Then
        assertThat(jammed.stopReachesTheLineFirst(unit, "QSW SING\r", driver::standby)).isEqualTo(LaserState.STANDBY);
    }
}
