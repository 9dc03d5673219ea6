package org.pulseguard.protocol.quantaray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The host's reply collector: missing, incomplete, garbled and malformed replies are typed errors,
 * never a value; a command with no reply is never waited for.
 */
class ReplyCollectorTest {

    private static Optional<ReplyResult> feed(ReplyCollector collector, String... lines) {
        Optional<ReplyResult> result = Optional.empty();
        for (String line : lines) {
            result = collector.accept(new InboundLine.Line(line));
        }
        return result;
    }

    private static ReplyResult.Failure failureOf(Optional<ReplyResult> result) {
        assertThat(result).isPresent().get().isInstanceOf(ReplyResult.Malformed.class);
        return ((ReplyResult.Malformed) result.get()).failure();
    }

    @Test
    void constructor_forACommandWithoutReply_isRefused() {
        // Given / When / Then
        assertThatThrownBy(() -> new ReplyCollector(QuantaRayCommand.WATCHDOG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no reply");
    }

    @Test
    void expire_withNoLine_isNoReply() {
        // Given
        ReplyCollector collector = new ReplyCollector(QuantaRayCommand.STATUS);

        // When
        ReplyResult result = collector.expire();

        // Then
        assertThat(((ReplyResult.Malformed) result).failure()).isEqualTo(ReplyResult.Failure.NO_REPLY);
    }

    @Test
    void expire_afterThreeOfFiveHelpLines_isIncomplete() {
        // Given
        ReplyCollector collector = new ReplyCollector(QuantaRayCommand.HELP);
        assertThat(feed(collector, "a", "b", "c")).isEmpty();

        // When
        ReplyResult result = collector.expire();

        // Then
        assertThat(((ReplyResult.Malformed) result).failure()).isEqualTo(ReplyResult.Failure.INCOMPLETE_REPLY);
    }

    @Test
    void accept_garbledLine_isGarbledNeverAValue() {
        // Given
        ReplyCollector collector = new ReplyCollector(QuantaRayCommand.SHOT_COUNT);

        // When
        Optional<ReplyResult> result = collector.accept(new InboundLine.Garbled(6, "byte 0x00 at position 2"));

        // Then
        assertThat(failureOf(result)).isEqualTo(ReplyResult.Failure.GARBLED_LINE);
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "STATUS            | 8389377 %   ",
        "STATUS            | -1          ",
        "STATUS            | 4294967296  ",
        "STATUS            | 0x800000    ",
        "SHOT_COUNT        | 12 345      ",
        "LAMP_RATE_QUERY   | 10.125      ",
        "LAMP_RATE_QUERY   | 100.01      ",
        "LAMP_RATE_QUERY   | ten         ",
        "QSWITCH_QUERY     | FIR         ",
        "QSWITCH_QUERY     | rep         ",
        "ADVANCED_SYNC_QUERY | 1000      ",
        "READ_OSCILLATOR_MONITOR | 55.05 %",
        "READ_OSCILLATOR_MONITOR | 100.1 %",
        "READ_OSCILLATOR_MONITOR | %      ",
        "IDENTIFY          | ERRORS ARE FINE",
    })
    void accept_lineNotOfTheReplyForm_isBadValue(String command, String line) {
        // Given
        ReplyCollector collector = new ReplyCollector(QuantaRayCommand.valueOf(command));

        // When
        Optional<ReplyResult> result = feed(collector, line);

        // Then
        assertThat(failureOf(result)).isEqualTo(ReplyResult.Failure.BAD_VALUE);
    }

    @Test
    void accept_monitorWithTrailingText_readsTheFirstTokenLikePlace() {
        // Given
        ReplyCollector collector = new ReplyCollector(QuantaRayCommand.READ_AMPLIFIER_MONITOR);

        // When
        Optional<ReplyResult> result = feed(collector, "59.9 percent of full scale");

        // Then
        assertThat(result).contains(new ReplyResult.Parsed(new QuantaRayReply.PfnPercent(599)));
    }

    @Test
    void accept_historyWhoseHeaderMiscounts_isBadValue() {
        // Given
        ReplyCollector collector = new ReplyCollector(QuantaRayCommand.HISTORY);

        // When
        Optional<ReplyResult> result = feed(collector, "2 827", "301 801", "0 0");

        // Then
        assertThat(failureOf(result)).isEqualTo(ReplyResult.Failure.BAD_VALUE);
    }

    @Test
    void accept_historyThatNeverEnds_stopsWithBadValue() {
        // Given
        ReplyCollector collector = new ReplyCollector(QuantaRayCommand.HISTORY);
        feed(collector, "16 900");

        // When
        Optional<ReplyResult> result = Optional.empty();
        for (int i = 0; i < 17 && result.isEmpty(); i++) {
            result = feed(collector, (300 + i) + " 800");
        }

        // Then
        assertThat(failureOf(result)).isEqualTo(ReplyResult.Failure.BAD_VALUE);
    }

    @Test
    void accept_errorLineFirst_isTheUnitsRefusal() {
        // Given
        ReplyCollector collector = new ReplyCollector(QuantaRayCommand.HELP);

        // When
        Optional<ReplyResult> result = feed(collector, "ERROR 1 UNKNOWN COMMAND");

        // Then
        assertThat(result).contains(new ReplyResult.Refused(new QuantaRayReply.DeviceError(1, "UNKNOWN COMMAND")));
    }

    @Test
    void accept_linesAfterTheReply_areCountedAsStray() {
        // Given
        ReplyCollector collector = new ReplyCollector(QuantaRayCommand.SHOT_COUNT);
        feed(collector, "42");

        // When
        Optional<ReplyResult> later = feed(collector, "43", "44");

        // Then
        assertThat(later).isEmpty();
        assertThat(collector.strayLines()).isEqualTo(2);
    }

    @Test
    void everyQuery_expectsAReply_andEverySetOrAction_expectsNone() {
        // Given / When / Then
        for (QuantaRayCommand command : QuantaRayCommand.values()) {
            boolean query = command.keyword().endsWith("?") && command != QuantaRayCommand.RESET;
            boolean expected = query || command == QuantaRayCommand.HELP;
            assertThat(command.expectsReply()).as(command.name()).isEqualTo(expected);
        }
        assertThat(List.of(QuantaRayCommand.ON, QuantaRayCommand.OFF, QuantaRayCommand.RESET))
                .noneMatch(QuantaRayCommand::expectsReply);
    }
}
