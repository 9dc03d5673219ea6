package org.pulseguard.protocol.bigsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The host's 17-byte reply reader: split replies are assembled, short, missing and garbled replies
 * are typed errors, merged replies never leak into the frame, random bytes never throw.
 */
class BigSkyReplyReaderTest {

    private final BigSkyReplyReader reader = new BigSkyReplyReader();

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void feed_replySplitIntoSingleBytes_givesTheFieldOnTheLastByte() {
        // Given
        byte[] reply = ascii("\r\nvoltage  0920 V");
        reader.start();
        Optional<ReplyFrame> frame = Optional.empty();

        // When
        for (int i = 0; i < reply.length; i++) {
            assertThat(frame).isEmpty();
            frame = reader.feed(reply, i, 1);
        }

        // Then
        assertThat(frame).contains(new ReplyFrame.Field("voltage  0920 V"));
    }

    @Test
    void expire_afterSixteenBytes_isShortAndGivesNoValue() {
        // Given
        reader.start();
        reader.feed(ascii("\r\nvoltage  0920 "));

        // When
        ReplyFrame frame = reader.expire();

        // Then
        assertThat(frame).isEqualTo(new ReplyFrame.Short(16));
        ReplyResult result = BigSkyHostCodec.parseReply(BigSkyCommand.FLASHLAMP_VOLTAGE, frame);
        assertThat(result).isInstanceOf(ReplyResult.Malformed.class);
        assertThat(((ReplyResult.Malformed) result).failure()).isEqualTo(ReplyResult.Failure.SHORT_REPLY);
    }

    @Test
    void expire_withNothingReceived_isMissing() {
        // Given
        reader.start();

        // When
        ReplyFrame frame = reader.expire();

        // Then
        assertThat(frame).isEqualTo(new ReplyFrame.Missing());
        assertThat(((ReplyResult.Malformed) BigSkyHostCodec.parseReply(BigSkyCommand.STATUS, frame)).failure())
                .isEqualTo(ReplyResult.Failure.NO_REPLY);
    }

    @Test
    void feed_replyWithoutLeadingCrLf_isGarbled() {
        // Given: a late reply's tail followed by the start of the next one
        reader.start();

        // When
        Optional<ReplyFrame> frame = reader.feed(ascii(" V\r\nvoltage  0920"));

        // Then
        assertThat(frame).containsInstanceOf(ReplyFrame.Garbled.class);
        assertThat(((ReplyResult.Malformed) BigSkyHostCodec.parseReply(BigSkyCommand.FLASHLAMP_VOLTAGE, frame.get())).failure())
                .isEqualTo(ReplyResult.Failure.GARBLED_FRAME);
    }

    @Test
    void feed_nonPrintableByteInField_isGarbled() {
        // Given
        byte[] reply = ascii("\r\nvoltage  0920 V");
        reply[12] = 0x07;
        reader.start();

        // When
        Optional<ReplyFrame> frame = reader.feed(reply);

        // Then
        assertThat(frame).containsInstanceOf(ReplyFrame.Garbled.class);
        assertThat(((ReplyFrame.Garbled) frame.get()).reason()).contains("byte 12").contains("0x07");
    }

    @Test
    void feed_twoRepliesMerged_givesTheFirstAndCountsTheRest() {
        // Given
        reader.start();

        // When
        Optional<ReplyFrame> frame = reader.feed(ascii("\r\nvoltage  0920 V\r\nvoltage  0930 V"));
        Optional<ReplyFrame> later = reader.feed(ascii("xyz"));

        // Then
        assertThat(frame).contains(new ReplyFrame.Field("voltage  0920 V"));
        assertThat(later).isEmpty();
        assertThat(reader.excessBytes()).isEqualTo(20);
    }

    @Test
    void start_afterExcessBytes_readsTheNextReplyCleanly() {
        // Given
        reader.start();
        reader.feed(ascii("\r\nvoltage  0920 V\r\nvolt"));

        // When
        reader.start();
        Optional<ReplyFrame> frame = reader.feed(ascii("\r\nshutter opened "));

        // Then
        assertThat(frame).contains(new ReplyFrame.Field("shutter opened "));
    }

    @Test
    void feed_randomBytes_neverThrowsAndNeverParsesANonTemplateField() {
        // Given
        Random random = new Random(42L);

        // When / Then
        assertThatCode(() -> {
            for (int round = 0; round < 20_000; round++) {
                byte[] noise = new byte[random.nextInt(40)];
                random.nextBytes(noise);
                reader.start();
                Optional<ReplyFrame> frame = reader.feed(noise);
                ReplyFrame result = frame.orElseGet(reader::expire);
                BigSkyCommand command = BigSkyCommand.values()[random.nextInt(BigSkyCommand.values().length)];
                ReplyResult parsed = BigSkyHostCodec.parseReply(command, result);
                if (parsed instanceof ReplyResult.Parsed) {
                    assertThat(Arrays.copyOfRange(noise, 0, 17))
                            .isEqualTo(BigSkyDeviceCodec.formatReply(((ReplyResult.Parsed) parsed).reply()));
                }
            }
        }).doesNotThrowAnyException();
    }
}
