package org.pulseguard.simulator.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The control-line grammar: every documented line parses, bad lines name what is wrong. */
class ControlLineParserTest {
    private final ControlLineParser parser = new ControlLineParser();

    @ParameterizedTest
    @ValueSource(strings = {"help", "state", "footswitch press", "FOOTSWITCH Release", "key on", "key off",
            "estop press", "estop release", "interlock remote open", "interlock cover close", "interlock water open",
            "interlock temperature open", "interlock key open", "interlock estop close", "overtemp on",
            "waterflow off", "drift 0.05", "drift 0", "offset -0.3", "reboot", "panel fire", "panel fire 25", "fault drop", "fault drop 3",
            "fault delay 800", "fault delay 800 1", "fault corrupt 2", "fault duplicate 1", "fault split",
            "fault split 2 15", "fault mute", "fault unmute", "fault cut", "fault restore", "fault misapply",
            "fault garbage", "fault garbage 16", "fault clear", "link cut", "link restore", "  state  "})
    void parse_documentedLine_isAccepted(String line) throws ControlSyntaxException {
        assertThat(parser.parse(line).text()).isEqualTo(line.trim().toLowerCase().replaceAll("\\s+", " "));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "jump|unknown command 'jump'",
            "footswitch|usage: footswitch press|release",
            "footswitch stomp|expected 'press' or 'release', got 'stomp'",
            "interlock roof open|unknown interlock 'roof'",
            "fault drop 0|'0' is not a whole number 1..1000 for N",
            "fault drop many|'many' is not a whole number",
            "fault delay|usage: fault delay MILLIS [N]",
            "fault delay 999999|'999999' is not a whole number 0..60000 for MILLIS",
            "fault explode|unknown fault 'explode'",
            "drift 5|'5' is not a fraction -1..1 for drift",
            "state now|'state' takes no arguments",
            "fault garbage 0|'0' is not a whole number 1..4096 for BYTES",
            "key sideways|expected 'on' or 'off'",
            "panel explode|usage: panel fire [N]",
            "panel fire 0|'0' is not a whole number 1..1000 for N"})
    void parse_badLine_saysWhatIsWrong(String line, String message) {
        assertThatThrownBy(() -> parser.parse(line)).isInstanceOf(ControlSyntaxException.class)
                .hasMessageContaining(message);
    }
}
