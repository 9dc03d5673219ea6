package org.pulseguard.protocol.bigsky;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A garbled reply field is a typed error, never a value: every fixed-text column of every golden
 * reply is checked, and every digit, sign and bit column rejects a character of the wrong kind.
 */
class ReplyParsingTest {

    static Stream<GoldenTranscriptsTest.Exchange> exchanges() throws IOException {
        return GoldenTranscriptsTest.load().stream();
    }

    private static BigSkyCommand commandOf(GoldenTranscriptsTest.Exchange exchange) {
        RequestResult result = BigSkyDeviceCodec.parse(new CommandLineSplitter().feed(exchange.request()).get(0));
        return ((RequestResult.Accepted) result).request().command();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void parseField_anyColumnOfTheWrongKind_isBadFieldNeverAValue(GoldenTranscriptsTest.Exchange exchange) {
        // Given
        BigSkyCommand command = commandOf(exchange);
        String field = new String(exchange.reply(), 2, 15, StandardCharsets.US_ASCII);
        String pattern = command.replyLayout().pattern();

        for (int column = 0; column < 15; column++) {
            for (char substitute : substitutesFor(pattern.charAt(column), field.charAt(column)).toCharArray()) {
                // When
                String garbled = field.substring(0, column) + substitute + field.substring(column + 1);
                ReplyResult result = BigSkyHostCodec.parseField(command, garbled);

                // Then
                assertThat(result).as("'%s' column %d", garbled, column).isInstanceOf(ReplyResult.Malformed.class);
                assertThat(((ReplyResult.Malformed) result).failure()).isEqualTo(ReplyResult.Failure.BAD_FIELD);
            }
        }
    }

    /** Characters that must not fit a column: anything else for fixed text, a non-member for a value column. */
    private static String substitutesFor(char marker, char actual) {
        switch (marker) {
            case '#':
                return " O-";
            case '~':
                return " 0";
            case '%':
                return "2 ";
            case '*':
                return "";
            default:
                return " x0#".replace(String.valueOf(actual), "");
        }
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "FLASHLAMP_VOLTAGE | voltage  0100 V | below the documented 500 V",
        "FLASHLAMP_VOLTAGE | freq.  10.00 Hz | the reply of another command",
        "LAMP_RATE         | freq.  10.5 Hz  | ograsdijk's rebuilt string, one digit short",
        "LAMP_RATE         | freq.  00.00 Hz | zero rate",
        "STATUS            | I 0 F 3 S 0 Q 0 | undefined lamp code 3",
        "STATUS            | I 0 F 2 S 0 Q 8 | undefined Q-switch code 8",
        "STATUS            | I 0 F 2 S 0 Q   | missing digit",
        "SHUTTER           | shutter open    | ograsdijk's word",
        "SHUTTER           | shutter OPENED  | upper case word",
        "SOFTWARE_DATE     | 14/13/19        | month 13",
        "SIMMER_TIMEOUT_PRESET | con SIM = 10:60 | 60 seconds",
        "QSWITCH_MODE      | QS mode  :   3  | mode 3",
        "QSWITCH_SYNC_SHIFT | var. QS +501 nS | above +500 ns",
        "WATER_PUMP        | CG pump       2 | pump code 2",
    })
    void parseField_wrongValueOrText_isBadField(String command, String quotedField, String why) {
        // Given
        String field = String.format("%-15s", quotedField);

        // When
        ReplyResult result = BigSkyHostCodec.parseField(BigSkyCommand.valueOf(command), field);

        // Then
        assertThat(result).as(why).isInstanceOf(ReplyResult.Malformed.class);
        assertThat(((ReplyResult.Malformed) result).failure()).isEqualTo(ReplyResult.Failure.BAD_FIELD);
    }
}
