package org.pulseguard.protocol.bigsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The device's line splitter survives split, merged, garbled, overlong and random input: no
 * exception escapes, no damaged line is repaired into a command, and good lines around bad ones
 * are still found. Random cases are seeded so that a failure can be replayed.
 */
class CommandLineSplitterTest {

    private final CommandLineSplitter splitter = new CommandLineSplitter();

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void feed_oneByteAtATime_deliversTheLineOnce() {
        // Given
        byte[] bytes = ascii(">V920\r\n");
        List<InboundLine> lines = new ArrayList<>();

        // When
        for (byte b : bytes) {
            lines.addAll(splitter.feed(new byte[] {b}));
        }

        // Then
        assertThat(lines).containsExactly(new InboundLine.Line(">V920"));
    }

    @Test
    void feed_mergedLinesWithMixedTerminators_deliversAllInOrder() {
        // Given
        byte[] bytes = ascii(">SN\r\n>a\n$184cg\r\n");

        // When
        List<InboundLine> lines = splitter.feed(bytes);

        // Then
        assertThat(lines).containsExactly(new InboundLine.Line(">SN"), new InboundLine.Line(">a"), new InboundLine.Line("$184cg"));
    }

    @Test
    void feed_unterminatedLine_deliversNothing() {
        // Given
        byte[] bytes = ascii(">SN");

        // When
        List<InboundLine> lines = splitter.feed(bytes);

        // Then
        assertThat(lines).isEmpty();
    }

    @Test
    void feed_emptyLines_areSkipped() {
        // Given
        byte[] bytes = ascii("\r\n\n\r\n>WOR\r\n");

        // When
        List<InboundLine> lines = splitter.feed(bytes);

        // Then
        assertThat(lines).containsExactly(new InboundLine.Line(">WOR"));
        assertThat(splitter.skippedEmptyLines()).isEqualTo(3);
    }

    @Test
    void feed_controlByteInLine_isGarbledNotRepaired() {
        // Given
        byte[] bytes = {'>', 'V', '9', 0x00, '2', '0', '\r', '\n', '>', 'S', 'N', '\n'};

        // When
        List<InboundLine> lines = splitter.feed(bytes);

        // Then
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isInstanceOf(InboundLine.Garbled.class);
        assertThat(((InboundLine.Garbled) lines.get(0)).reason()).contains("0x00").contains("position 3");
        assertThat(lines.get(1)).isEqualTo(new InboundLine.Line(">SN"));
    }

    @Test
    void feed_lonelyCarriageReturnInsideLine_isGarbled() {
        // Given
        byte[] bytes = ascii(">SN\r>CG\r\n");

        // When
        List<InboundLine> lines = splitter.feed(bytes);

        // Then
        assertThat(lines).singleElement().isInstanceOf(InboundLine.Garbled.class);
    }

    @Test
    void feed_highBytes_areGarbled() {
        // Given
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, '>', 'S', 'N', '\n'};

        // When
        List<InboundLine> lines = splitter.feed(bytes);

        // Then
        assertThat(lines).singleElement().isInstanceOf(InboundLine.Garbled.class);
    }

    @Test
    void feed_overlongLine_isReportedOnceAndTheNextLineIsRead() {
        // Given
        byte[] bytes = ascii(">" + "9".repeat(5000) + "\r\n>SN\r\n");

        // When
        List<InboundLine> lines = splitter.feed(bytes);

        // Then
        assertThat(lines).containsExactly(new InboundLine.Overlong(5001), new InboundLine.Line(">SN"));
        assertThat(BigSkyDeviceCodec.parse(lines.get(0)))
                .isEqualTo(new RequestResult.Rejected(RequestError.OVERLONG, "5001 bytes, limit " + CommandLineSplitter.MAX_LINE));
    }

    @Test
    void reset_afterPartialLine_forgetsIt() {
        // Given
        splitter.feed(ascii(">V9"));

        // When
        splitter.reset();
        List<InboundLine> lines = splitter.feed(ascii("20\r\n"));

        // Then
        assertThat(lines).containsExactly(new InboundLine.Line("20"));
    }

    @Test
    void feed_randomBytes_neverThrowsAndEveryResultIsTyped() {
        // Given
        Random random = new Random(20240611L);
        byte[] noise = new byte[200_000];
        random.nextBytes(noise);

        // When / Then
        assertThatCode(() -> {
            for (int i = 0; i < noise.length; i += 1 + random.nextInt(64)) {
                for (InboundLine line : splitter.feed(noise, i, Math.min(noise.length - i, 1 + random.nextInt(64)))) {
                    assertThat(BigSkyDeviceCodec.parse(line)).isNotNull();
                }
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void feed_validLineAfterRandomNoise_isStillFound() {
        // Given
        byte[] noise = new byte[4096];
        new Random(7L).nextBytes(noise);
        splitter.feed(noise);

        // When
        List<InboundLine> lines = splitter.feed(ascii("\n>WOR\r\n"));

        // Then
        assertThat(lines).last().isEqualTo(new InboundLine.Line(">WOR"));
    }
}
