package org.pulseguard.device.quantaray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.protocol.quantaray.QuantaRayCommand;

/** Replies that are short, garbled or never come: never taken as a value. */
class QuantaRayLaserDriverFaultInjectionTest extends QuantaRayDriverFixture {

    @BeforeEach
    void connect() throws Exception {
        connectWithHandpiece();
    }

    @Test
    void shortReply_lineWithoutItsEnd_isRetriedAndTheRealValueIsUsed() throws Exception {
        // Given the first SHOT? reply stops after "50", with no line feed
        unit.script(QuantaRayCommand.SHOT_COUNT, reply -> "50".getBytes(StandardCharsets.US_ASCII));
        // When
        PulseCounters counters = driver.counters();
        // Then
        assertThat(counters.lifetimePulses()).isEqualTo(5_000);
        assertThat(unit.lines.stream().filter("SHOT?"::equals)).hasSize(2);
        assertThat(driver.linkStatistics().retries()).isEqualTo(1);
    }

    @Test
    void garbledValue_onEveryAttempt_failsProtocolErrorWithoutAValue() {
        // Given
        unit.script(QuantaRayCommand.READ_OSCILLATOR_PFN, FakeQuantaRayUnit.line("6S.0 %"),
                FakeQuantaRayUnit.line("6S.0 %"), FakeQuantaRayUnit.line("6S.0 %"));
        // When / Then
        assertThatThrownBy(driver::readSetpoint).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.PROTOCOL_ERROR);
            assertThat(e.getMessage()).contains("READ:OPFN?", "BAD_VALUE");
        });
    }

    @Test
    void garbledByte_inTheStatusLine_isNeverReadAsAState() throws Exception {
        // Given a status line with a control byte, then a good one
        unit.script(QuantaRayCommand.STATUS, reply -> {
            byte[] bad = reply.clone();
            bad[1] = 0x07;
            return bad;
        });
        // When / Then
        assertThat(driver.status().state()).isEqualTo(LaserState.STANDBY);
        assertThat(driver.linkStatistics().malformedFrames()).isEqualTo(1);
    }

    @Test
    void replyThatNeverComes_failsTimeoutAfterTheRetries() {
        // Given
        unit.script(QuantaRayCommand.SHOT_COUNT, FakeQuantaRayUnit.DROP, FakeQuantaRayUnit.DROP, FakeQuantaRayUnit.DROP);
        // When / Then
        assertThatThrownBy(driver::counters).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.TIMEOUT);
            assertThat(e.getMessage()).contains("SHOT?", "3 attempts");
        });
        assertThat(unit.lines.stream().filter("SHOT?"::equals)).hasSize(3);
    }

    @Test
    void commandsWithoutReply_areNeverWaitedFor() throws Exception {
        // When
        driver.applySetpoint(TREATMENT);
        // Then LAMP FIX and OPFN went out once each, and nothing waited in vain for their replies
        assertThat(unit.lines).containsExactly("*STB?", "LAMP FIX", "OPFN 65", "READ:OPFN?");
        assertThat(driver.linkStatistics().timeouts()).isZero();
        assertThat(driver.linkStatistics().retries()).isZero();
    }
}
