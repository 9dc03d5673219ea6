package org.pulseguard.protocol.bigsky;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the device reads command lines that are not in the golden transcripts: variants and errors. */
class BigSkyDeviceCodecTest {

    @Test
    void parseLine_lowerCase_isReadAsUpperCase() {
        // Given
        String line = ">vq-100";

        // When
        RequestResult result = BigSkyDeviceCodec.parseLine(line);

        // Then
        assertThat(result).isEqualTo(new RequestResult.Accepted(new Address.AnyUnit(),
                new BigSkyRequest.WithValue(BigSkyCommand.QSWITCH_SYNC_SHIFT, -100)));
    }

    @Test
    void parseLine_serialWithLeadingZeros_selectsTheUnitNumerically() {
        // Given
        String line = "$062cg";

        // When
        RequestResult result = BigSkyDeviceCodec.parseLine(line);

        // Then
        RequestResult.Accepted accepted = (RequestResult.Accepted) result;
        assertThat(accepted.address()).isEqualTo(new Address.Unit(62));
        assertThat(accepted.address().selects(62)).isTrue();
        assertThat(accepted.address().selects(184)).isFalse();
        assertThat(accepted.request()).isEqualTo(new BigSkyRequest.Plain(BigSkyCommand.COOLING_TEMPERATURE_CELSIUS));
    }

    @Test
    void parseLine_argumentWithLeadingZeros_isTheSameValue() {
        // Given
        String line = ">V0920";

        // When
        RequestResult result = BigSkyDeviceCodec.parseLine(line);

        // Then
        assertThat(result).isEqualTo(new RequestResult.Accepted(new Address.AnyUnit(),
                new BigSkyRequest.WithValue(BigSkyCommand.FLASHLAMP_VOLTAGE, 920)));
    }

    @Test
    void parseLine_setValueOutsideTheDocumentedRange_isOutOfRangeWithTheCommand() {
        // Given
        String line = ">V2000";

        // When
        RequestResult result = BigSkyDeviceCodec.parseLine(line);

        // Then
        assertThat(result).isEqualTo(new RequestResult.OutOfRange(new Address.AnyUnit(), BigSkyCommand.FLASHLAMP_VOLTAGE, 2000));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({
        "SN, NO_ADDRESS",
        "42P1, NO_ADDRESS",
        "$CG, BAD_ADDRESS",
        "$1234567890CG, BAD_ADDRESS",
        ">VMO0725, UNKNOWN_COMMAND",
        ">, UNKNOWN_COMMAND",
        ">SN5, BAD_ARGUMENT",
        ">CFG, BAD_ARGUMENT",
        ">VQ250, BAD_ARGUMENT",
        ">CLS0160, BAD_ARGUMENT",
        ">CLS130, BAD_ARGUMENT",
        ">V9-2, BAD_ARGUMENT",
        ">IF3, BAD_ARGUMENT",
        "'> SN', GARBLED",
    })
    void parseLine_notACommand_isRejectedWithItsReason(String line, RequestError error) {
        // Given / When
        RequestResult result = BigSkyDeviceCodec.parseLine(line);

        // Then
        assertThat(result).isInstanceOf(RequestResult.Rejected.class);
        assertThat(((RequestResult.Rejected) result).error()).isEqualTo(error);
    }

    @Test
    void parse_garbledLineFromTheSplitter_isRejectedGarbled() {
        // Given
        InboundLine line = new InboundLine.Garbled(5, "byte 0x00 at position 2");

        // When
        RequestResult result = BigSkyDeviceCodec.parse(line);

        // Then
        assertThat(result).isEqualTo(new RequestResult.Rejected(RequestError.GARBLED, "byte 0x00 at position 2"));
    }

    @Test
    void formatReply_anyReply_isExactlySeventeenBytesStartingWithCrLf() {
        // Given
        BigSkyReply reply = new BigSkyReply.NumericReading(ReplyLayout.LAMP_COUNTER, 999_999_999);

        // When
        byte[] bytes = BigSkyDeviceCodec.formatReply(reply);

        // Then
        assertThat(bytes).hasSize(BigSkyReplyReader.REPLY_LENGTH);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("\r\nct LP 999999999");
    }
}
