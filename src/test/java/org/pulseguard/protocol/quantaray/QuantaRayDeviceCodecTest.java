package org.pulseguard.protocol.quantaray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the device reads command lines beyond the golden transcripts, and the typed model's checks. */
class QuantaRayDeviceCodecTest {

    @Test
    void parseLine_placeQueryWithTrailingSpace_isAccepted() {
        // Given: PLACE writes 'QSW ADV? \r'
        String line = "QSW ADV? ";

        // When
        RequestResult result = QuantaRayDeviceCodec.parseLine(line);

        // Then
        assertThat(result).isEqualTo(new RequestResult.Accepted(new QuantaRayRequest.Plain(QuantaRayCommand.ADVANCED_SYNC_QUERY)));
    }

    @Test
    void parseLine_lowerCaseAndRunsOfSpaces_areAccepted() {
        // Given
        String line = "  qsw   del  200 ";

        // When
        RequestResult result = QuantaRayDeviceCodec.parseLine(line);

        // Then
        assertThat(result).isEqualTo(new RequestResult.Accepted(new QuantaRayRequest.SetQswitchDelay(200)));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({
        "LAMP, BAD_ARGUMENT",
        "LAMP OFF, BAD_ARGUMENT",
        "LAMP VAR 10.125, BAD_ARGUMENT",
        "LAMP VAR 10 20, BAD_ARGUMENT",
        "LAMP VAR 0, OUT_OF_RANGE",
        "LAMP VAR 100.01, OUT_OF_RANGE",
        "QSW, BAD_ARGUMENT",
        "QSW DEL, BAD_ARGUMENT",
        "QSW DEL 1000, OUT_OF_RANGE",
        "QSW ADV, BAD_ARGUMENT",
        "ADV -5, BAD_ARGUMENT",
        "WATC, BAD_ARGUMENT",
        "WATC -1, BAD_ARGUMENT",
        "WATC 111, OUT_OF_RANGE",
        "ECH 6, OUT_OF_RANGE",
        "BAUD 9601, OUT_OF_RANGE",
        "OPFN 100.1, OUT_OF_RANGE",
        "OPFN 55.55, BAD_ARGUMENT",
        "SHOT ?, UNKNOWN_COMMAND",
        "'', UNKNOWN_COMMAND",
    })
    void parseLine_notAnAcceptableCommand_isRejectedWithItsReason(String line, RequestError error) {
        // Given / When
        RequestResult result = QuantaRayDeviceCodec.parseLine(line);

        // Then
        assertThat(result).isInstanceOf(RequestResult.Rejected.class);
        assertThat(((RequestResult.Rejected) result).error()).isEqualTo(error);
    }

    @Test
    void formatReply_historyInCrLfMode_endsEveryLineWithCrLf() {
        // Given
        ErrorHistory history = new ErrorHistory(827, java.util.List.of(new ErrorHistory.Entry(301, 801)));

        // When
        byte[] bytes = QuantaRayDeviceCodec.formatReply(history, EchoMode.CRLF_ENDINGS);

        // Then
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).isEqualTo("1 827\r\n301 801\r\n0 0\r\n");
    }

    @Test
    void statusRegister_builtFromBits_reportsThemBack() {
        // Given
        StatusRegister register = StatusRegister.of(EnumSet.of(StatusBit.COMPUTER_IN_CONTROL, StatusBit.OSCILLATOR_SIMMER_ON));

        // When / Then
        assertThat(register.bits()).isEqualTo((1L << 23) | (1L << 9));
        assertThat(register.isSet(StatusBit.OSCILLATOR_SIMMER_ON)).isTrue();
        assertThat(register.isSet(StatusBit.EMISSION_POSSIBLE)).isFalse();
        assertThat(register.setBits()).containsExactlyInAnyOrder(StatusBit.COMPUTER_IN_CONTROL, StatusBit.OSCILLATOR_SIMMER_ON);
    }

    @Test
    void questionableRegister_highestBit_isRead() {
        // Given
        QuestionableRegister register = new QuestionableRegister(1L << 31);

        // When / Then
        assertThat(register.isSet(QuestionableBit.AMP_HVPS2_OVER_VOLTAGE)).isTrue();
        assertThat(register.isSet(QuestionableBit.OSCILLATOR_HV_FAILURE)).isFalse();
    }

    @Test
    void requests_outsideTheirRange_areRefusedAtConstruction() {
        // Given / When / Then
        assertThatThrownBy(() -> new QuantaRayRequest.SetWatchdog(111)).isInstanceOf(QuantaRayProtocolException.class);
        assertThatThrownBy(() -> new QuantaRayRequest.SetEchoMode(EchoMode.POWER_UP)).isInstanceOf(QuantaRayProtocolException.class);
        assertThatThrownBy(() -> new QuantaRayRequest.Plain(QuantaRayCommand.WATCHDOG)).isInstanceOf(QuantaRayProtocolException.class);
        assertThatThrownBy(() -> new QuantaRayReply.QswitchSetting(QswitchAction.FIR)).isInstanceOf(QuantaRayProtocolException.class);
        assertThatThrownBy(() -> new ErrorHistory.Entry(0, 5)).isInstanceOf(QuantaRayProtocolException.class);
    }

    @Test
    void encode_lampRateWithHundredths_isWrittenWithoutTrailingZeros() {
        // Given
        QuantaRayRequest request = new QuantaRayRequest.SetLampWithRate(LampTrigger.VAR, 1025);

        // When
        byte[] bytes = QuantaRayHostCodec.encode(request);

        // Then
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).isEqualTo("LAMP VAR 10.25\r");
        assertThat(request.expectsReply()).isFalse();
    }
}
