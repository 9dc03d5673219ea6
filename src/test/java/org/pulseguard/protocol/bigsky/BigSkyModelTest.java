package org.pulseguard.protocol.bigsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The typed requests and replies validate in their constructors; bit and status accessors. */
class BigSkyModelTest {

    @Test
    void withValue_outsideTheCommandRange_isRefused() {
        // Given / When / Then
        assertThatThrownBy(() -> BigSkyRequest.of(BigSkyCommand.FLASHLAMP_VOLTAGE, 1801))
                .isInstanceOf(BigSkyProtocolException.class).hasMessageContaining("500..1800");
    }

    @Test
    void withValue_onACommandWithoutArgument_isRefused() {
        // Given / When / Then
        assertThatThrownBy(() -> BigSkyRequest.of(BigSkyCommand.SERIAL_NUMBER, 1))
                .isInstanceOf(BigSkyProtocolException.class).hasMessageContaining("takes no argument");
    }

    @Test
    void plain_onACommandThatRequiresAnArgument_isRefused() {
        // Given / When / Then
        assertThatThrownBy(() -> BigSkyRequest.of(BigSkyCommand.SAVE_CONFIGURATION))
                .isInstanceOf(BigSkyProtocolException.class).hasMessageContaining("needs an argument");
    }

    @Test
    void encode_lampRateInCentihertz_isWrittenUnpadded() {
        // Given
        BigSkyRequest request = BigSkyRequest.of(BigSkyCommand.LAMP_RATE, 500);

        // When
        byte[] bytes = BigSkyHostCodec.encode(Address.any(), request);

        // Then
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(">F500\r\n");
    }

    @Test
    void numericReading_outsideTheLayoutRange_isRefused() {
        // Given / When / Then
        assertThatThrownBy(() -> new BigSkyReply.NumericReading(ReplyLayout.LAMP_TRIGGER, 2))
                .isInstanceOf(BigSkyProtocolException.class);
        assertThatThrownBy(() -> new BigSkyReply.NumericReading(ReplyLayout.STATUS_WORD, 0))
                .isInstanceOf(BigSkyProtocolException.class);
    }

    @Test
    void interlockField_setBits_areReportedPerField() {
        // Given
        InterlockField field = new InterlockField(ReplyLayout.LAMP_INTERLOCKS, (1 << 5) | (1 << 6));

        // When / Then
        assertThat(field.isSet(InterlockBit.EXTERNAL_INTERLOCK)).isTrue();
        assertThat(field.isSet(InterlockBit.COVER_OPEN)).isTrue();
        assertThat(field.isSet(InterlockBit.WATER_FLOW)).isFalse();
        assertThat(field.isSet(InterlockBit.SHUTTER_CLOSED)).as("an IQ bit is not read from IF").isFalse();
        assertThat(field.field()).isEqualTo("IF     00000110");
    }

    @Test
    void statusWord_externalTriggerDigits_roundTrip() {
        // Given
        StatusWord word = new StatusWord(0, FiringState.START, true, 1, FiringState.SINGLE, false);

        // When
        String field = word.field();

        // Then
        assertThat(field).isEqualTo("I 0 F 6 S 1 Q 1");
        assertThat(word.interlocksClosed()).isTrue();
        assertThat(word.simmerOn()).isTrue();
        assertThat(BigSkyHostCodec.parseField(BigSkyCommand.STATUS, field)).isEqualTo(new ReplyResult.Parsed(word));
    }

    @Test
    void countdown_renderedAsMinutesAndSeconds() {
        // Given
        BigSkyReply reply = new BigSkyReply.Countdown(ReplyLayout.FIRING_TIMEOUT_COUNTER, 125);

        // When
        String field = reply.field();

        // Then
        assertThat(field).isEqualTo("cpt LF  = 02:05");
    }

    @Test
    void everyCommand_hasAFifteenCharacterReplyLayout() {
        // Given / When / Then
        for (BigSkyCommand command : BigSkyCommand.values()) {
            assertThat(command.replyLayout().pattern()).as(command.name()).hasSize(15);
            assertThat(BigSkyCommand.fromMnemonic(command.mnemonic())).contains(command);
        }
    }
}
