package org.pulseguard.device.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceException;
import org.pulseguard.protocol.reference.Frame;
import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.protocol.reference.Nak;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.WireError;

class ReferenceLinkReliabilityTest extends DriverTestSupport {

    @BeforeEach
    void connect() throws DeviceException {
        driver.connect();
    }

    @Test
    void command_firstAttemptUnanswered_retriesWithSameSequenceAndSameBytes() throws Exception {
        // Given a unit that misses the first SET... request
        laser.script(MessageType.RESET_USER_COUNTER, UnitBehaviour.drop());
        // When
        driver.resetUserCounter();
        // Then
        List<Frame> attempts = laser.framesOfType(MessageType.RESET_USER_COUNTER);
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1)).isEqualTo(attempts.get(0));
        List<byte[]> written = laser.writes.stream().filter(w -> w[4] == MessageType.RESET_USER_COUNTER.code()).toList();
        assertThat(written.get(1)).isEqualTo(written.get(0));
        assertThat(driver.linkStatistics().retries()).isEqualTo(1);
    }

    @Test
    void command_noReplyToAnyAttempt_failsTimeoutAfterMaxRetries() {
        // Given
        laser.script(MessageType.READ_COUNTERS, UnitBehaviour.drop(), UnitBehaviour.drop(), UnitBehaviour.drop());
        // When / Then
        assertThatThrownBy(driver::counters).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.TIMEOUT);
            assertThat(e.isFatal()).isTrue();
            assertThat(e.getMessage()).contains("READ_COUNTERS", "60 ms", "3 attempts");
        });
        assertThat(laser.framesOfType(MessageType.READ_COUNTERS)).hasSize(RETRIES + 1);
        assertThat(driver.linkStatistics().timeouts()).isEqualTo(1);
        assertThat(driver.linkStatistics().retries()).isEqualTo(RETRIES);
    }

    @Test
    void command_lateReplyToEarlierSequence_isNeverAcceptedForTheNextRequest() throws Exception {
        // Given a GET_ENERGY that timed out on every attempt
        laser.script(MessageType.GET_ENERGY, UnitBehaviour.drop(), UnitBehaviour.drop(), UnitBehaviour.drop());
        assertThatThrownBy(() -> driver.readSetpoint()).isInstanceOf(DeviceException.class);
        int timedOut = laser.framesOfType(MessageType.GET_ENERGY).get(0).sequence();
        // and a unit whose late reply (111 mJ) to that request arrives just before the next answer
        laser.script(MessageType.GET_ENERGY, (fake, sequence, request) -> {
            fake.sendReply(timedOut, new Reply.Energy(false, 111_000));
            UnitBehaviour.answer().respond(fake, sequence, request);
        });
        // When
        long energy = driver.readSetpoint().energy().microjoules();
        // Then
        assertThat(energy).isEqualTo(400_000);
        assertThat(driver.linkStatistics().strayReplies()).isEqualTo(1);
    }

    @Test
    void command_replySlowerThanTheTimeout_isAnsweredByTheRetryAndTheSlowCopyIsStray() throws Exception {
        // Given a unit whose first answer comes after 150 ms, beyond the 60 ms timeout
        laser.script(MessageType.READ_COUNTERS, UnitBehaviour.delay(java.time.Duration.ofMillis(150)));
        // When
        long user = driver.counters().userPulses();
        // Then the retry (same sequence) was answered, and the slow copy is discarded when it arrives
        assertThat(user).isEqualTo(10);
        List<Frame> attempts = laser.framesOfType(MessageType.READ_COUNTERS);
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1)).isEqualTo(attempts.get(0));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> driver.linkStatistics().strayReplies() == 1);
    }

    @Test
    void command_duplicatedReply_isAcceptedOnceAndTheCopyCountedAsStray() throws Exception {
        // Given
        laser.script(MessageType.READ_COUNTERS, UnitBehaviour.duplicate());
        // When
        driver.counters();
        driver.status();
        // Then
        assertThat(driver.linkStatistics().strayReplies()).isEqualTo(1);
        assertThat(laser.framesOfType(MessageType.READ_COUNTERS)).hasSize(1);
    }

    @Test
    void command_corruptReply_sendsNakWithTheDamagedSequenceAndAcceptsTheResentReply() throws Exception {
        // Given a reply whose CRC is damaged on the line
        laser.model.energyMicrojoules = 321_000;
        laser.script(MessageType.GET_ENERGY, UnitBehaviour.corrupt());
        // When
        long energy = driver.readSetpoint().energy().microjoules();
        // Then
        assertThat(energy).isEqualTo(321_000);
        List<Frame> naks = laser.framesOfType(MessageType.NAK);
        assertThat(naks).hasSize(1);
        assertThat(naks.get(0).sequence()).isEqualTo(laser.framesOfType(MessageType.GET_ENERGY).get(0).sequence());
        assertThat(driver.linkStatistics().crcErrors()).isEqualTo(1);
        assertThat(driver.linkStatistics().naksSent()).isEqualTo(1);
    }

    @Test
    void command_nakFromUnit_resendsTheRequestWithTheSameSequence() throws Exception {
        // Given a unit that received the request damaged and says so
        laser.script(MessageType.READ_COUNTERS, UnitBehaviour.nak());
        // When
        driver.counters();
        // Then
        List<Frame> attempts = laser.framesOfType(MessageType.READ_COUNTERS);
        assertThat(attempts).hasSizeGreaterThanOrEqualTo(2);
        assertThat(attempts.get(1)).isEqualTo(attempts.get(0));
        assertThat(driver.linkStatistics().naksReceived()).isEqualTo(1);
    }

    @Test
    void nak_damagedNakFromUnit_isNeverAnsweredWithANak() throws Exception {
        // Given a NAK frame with a damaged CRC
        byte[] damaged = org.pulseguard.protocol.reference.ReferenceCodec.encodeToBytes(7, new Nak(Nak.CRC_MISMATCH));
        damaged[damaged.length - 1] ^= 0x01;
        // When
        laser.sendRaw(damaged);
        driver.status();
        // Then
        assertThat(driver.linkStatistics().crcErrors()).isEqualTo(1);
        assertThat(laser.framesOfType(MessageType.NAK)).isEmpty();
    }

    @Test
    void command_replyOfAnotherType_isStrayAndTheRetryGetsTheRightAnswer() throws Exception {
        // Given a unit that first answers READ_COUNTERS with a spot reply under the right sequence
        laser.script(MessageType.READ_COUNTERS, (fake, sequence, request) ->
                fake.sendReply(sequence, new Reply.Spot(false, 4_000)));
        // When
        long lifetime = driver.counters().lifetimePulses();
        // Then
        assertThat(lifetime).isEqualTo(1_000);
        assertThat(driver.linkStatistics().strayReplies()).isEqualTo(1);
    }

    @Test
    void command_refusalNamingAnotherRequestType_isStray() throws Exception {
        // Given a refusal under the right sequence that names ARM instead of READ_COUNTERS
        laser.script(MessageType.READ_COUNTERS, (fake, sequence, request) ->
                fake.sendReply(sequence, new Reply.Refused(MessageType.ARM.code(), WireError.WRONG_STATE)));
        // When
        long lifetime = driver.counters().lifetimePulses();
        // Then
        assertThat(lifetime).isEqualTo(1_000);
        assertThat(driver.linkStatistics().strayReplies()).isEqualTo(1);
    }

    @Test
    void command_malformedReply_failsProtocolErrorAndIsCounted() {
        // Given a counters reply two bytes short
        laser.script(MessageType.READ_COUNTERS, (fake, sequence, request) -> fake.sendRaw(
                new Frame(sequence, MessageType.COUNTERS.code(), new byte[] {0, 0, 0, 1, 0, 0}).toBytes()));
        // When / Then
        assertThatThrownBy(driver::counters).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.PROTOCOL_ERROR);
            assertThat(e.getMessage()).contains("userPulses");
        });
        assertThat(driver.linkStatistics().malformedFrames()).isEqualTo(1);
    }

    @Test
    void garbage_betweenFrames_isSkippedAndTheReplyStillFound() throws Exception {
        // Given line noise before the reply
        laser.script(MessageType.READ_COUNTERS, (fake, sequence, request) -> {
            fake.sendRaw(new byte[] {0x00, (byte) 0xA5, 0x13, 0x37});
            UnitBehaviour.answer().respond(fake, sequence, request);
        });
        // When / Then
        assertThat(driver.counters().userPulses()).isEqualTo(10);
    }
}
