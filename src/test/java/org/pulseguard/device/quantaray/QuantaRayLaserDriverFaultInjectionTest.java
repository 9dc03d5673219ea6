package org.pulseguard.device.quantaray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.device.Setpoint;
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
        // Then the second reply ends the line "50" began ("505000", discarded: it may be a stalled tail);
        // the third is the value
        assertThat(counters.lifetimePulses()).isEqualTo(5_000);
        assertThat(unit.lines.stream().filter("SHOT?"::equals)).hasSize(3);
        assertThat(driver.linkStatistics().retries()).isEqualTo(2);
        assertThat(driver.linkStatistics().timeouts()).isZero();
    }

    @Test
    void stalledReply_itsTailArrivingInTheRetry_isNeverReadAsTheValue() throws Exception {
        // Given the SHOT? reply "5000" stalls after "50"; its tail "00" comes just before the retry's reply
        unit.script(QuantaRayCommand.SHOT_COUNT, reply -> ascii("50"), reply -> ascii("00\n5000\n"));
        // When
        PulseCounters counters = driver.counters();
        // Then the tail ("00") is the end of a line that began before the retry: discarded, not 0
        assertThat(counters.lifetimePulses()).isEqualTo(5_000);
    }

    @Test
    void stalledPfnReading_itsTailAlone_isNotAWholeReplyInTheRetry() throws Exception {
        // Given READ:OPFN? "50.0 %" stalls after "5" and its tail "0.0 %" is all the retry gets, then a good reply
        unit.script(QuantaRayCommand.READ_OSCILLATOR_PFN, reply -> ascii("5"), reply -> ascii("0.0 %\n"));
        // When
        Setpoint read = driver.readSetpoint();
        // Then the tail was never read as "0.0 %": the third attempt's whole reply is
        assertThat(read).isEqualTo(driver.readSetpoint());
        assertThat(unit.lines.stream().filter("READ:OPFN?"::equals)).hasSize(4);
    }

    @Test
    void strayBytes_betweenExchanges_endTheirLineBeforeAnyReplyIsAccepted() throws Exception {
        // Given the head of a line ("12") arrives while nothing is asked, and its tail ("34") just before SHOT?'s reply
        unit.inject(ascii("12"));
        await().until(() -> driver.linkStatistics().strayReplies() > 0);
        unit.script(QuantaRayCommand.SHOT_COUNT, reply -> ascii("34\n5000\n"));
        // When
        PulseCounters counters = driver.counters();
        // Then "1234" is one stale line, discarded; it is not read as 34
        assertThat(counters.lifetimePulses()).isEqualTo(5_000);
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
    void partialReplyOnEveryAttempt_failsProtocolError_notAsNoReply() {
        // Given every SHOT? reply stops after "50"
        unit.script(QuantaRayCommand.SHOT_COUNT, reply -> ascii("50"), reply -> ascii("50"), reply -> ascii("50"));
        // When / Then bytes came, so this is a broken reply, not a silent unit
        assertThatThrownBy(driver::counters).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo(DeviceException.Reason.PROTOCOL_ERROR));
        assertThat(driver.linkStatistics().timeouts()).isZero();
        assertThat(driver.linkStatistics().malformedFrames()).isEqualTo(3);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void statusReplyReadAsTheShotCounter_isAProtocolErrorAndNeverPulses() throws Exception {
        // Given a duplicated *STB? reply (8389376) arrives as the answer to SHOT? (the unit stands at 5000)
        unit.script(QuantaRayCommand.SHOT_COUNT, FakeQuantaRayUnit.line("8389376"));
        // When / Then
        assertThatThrownBy(driver::counters).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.PROTOCOL_ERROR);
            assertThat(e.getMessage()).contains("8389376");
        });
        assertThat(driver.linkStatistics().implausibleReadings()).isEqualTo(1);
        assertThat(driver.counters().lifetimePulses()).isEqualTo(5_000);
        assertThat(events.pulsesCounted()).isZero();
    }

    @Test
    void implausibleCounterInAPoll_losesTheLink_soTheSupervisorTrips() throws Exception {
        // Given polls every 20 ms, and one SHOT? answered with a status register
        newDriver(settings(Duration.ofMillis(20)));
        driver.connect();
        unit.script(QuantaRayCommand.SHOT_COUNT, FakeQuantaRayUnit.line("8389376"));
        // When / Then
        await().until(() -> !events.ofType(DeviceEvent.LinkLost.class).isEmpty());
        assertThat(events.ofType(DeviceEvent.LinkLost.class).get(0).reason()).contains("8389376");
        assertThat(events.pulsesCounted()).isZero();
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
