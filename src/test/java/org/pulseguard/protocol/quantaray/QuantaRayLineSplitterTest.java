package org.pulseguard.protocol.quantaray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The line splitter (both sides) survives split, merged, garbled, overlong and random input: no
 * exception escapes, no damaged line is repaired, good lines around bad ones are still found.
 * Random cases are seeded so that a failure can be replayed.
 */
class QuantaRayLineSplitterTest {

    private final QuantaRayLineSplitter splitter = new QuantaRayLineSplitter();

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void feed_oneByteAtATime_deliversEachLineOnce() {
        // Given
        byte[] bytes = ascii("1 827\r\n301 801\r\n0 0\r\n");
        List<InboundLine> lines = new ArrayList<>();

        // When
        for (byte b : bytes) {
            lines.addAll(splitter.feed(new byte[] {b}));
        }

        // Then
        assertThat(lines).containsExactly(new InboundLine.Line("1 827"), new InboundLine.Line("301 801"), new InboundLine.Line("0 0"));
    }

    @Test
    void feed_crLfAndCrLfTerminators_allEndLines() {
        // Given
        byte[] bytes = ascii("*STB?\rSHOT?\nQSW?\r\n\n");

        // When
        List<InboundLine> lines = splitter.feed(bytes);

        // Then
        assertThat(lines).containsExactly(new InboundLine.Line("*STB?"), new InboundLine.Line("SHOT?"), new InboundLine.Line("QSW?"));
        assertThat(splitter.skippedEmptyLines()).isEqualTo(2);
    }

    @Test
    void feed_controlByteInLine_isGarbledAndTheNextLineIsRead() {
        // Given
        byte[] bytes = {'8', '3', 0x1B, '9', '\n', '1', '2', '\n'};

        // When
        List<InboundLine> lines = splitter.feed(bytes);

        // Then
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isInstanceOf(InboundLine.Garbled.class);
        assertThat(lines.get(1)).isEqualTo(new InboundLine.Line("12"));
    }

    @Test
    void feed_overlongLine_isReportedOnce() {
        // Given
        byte[] bytes = ascii("x".repeat(10_000) + "\nSHOT?\r");

        // When
        List<InboundLine> lines = splitter.feed(bytes);

        // Then
        assertThat(lines).containsExactly(new InboundLine.Overlong(10_000), new InboundLine.Line("SHOT?"));
        assertThat(QuantaRayDeviceCodec.parse(lines.get(0))).isInstanceOf(RequestResult.Rejected.class);
    }

    @Test
    void reset_afterPartialLine_forgetsIt() {
        // Given
        splitter.feed(ascii("WATC 1"));

        // When
        splitter.reset();
        List<InboundLine> lines = splitter.feed(ascii("10\r"));

        // Then
        assertThat(lines).containsExactly(new InboundLine.Line("10"));
    }

    @Test
    void feed_randomBytes_neverThrowsOnEitherSide() {
        // Given
        Random random = new Random(20240612L);
        byte[] noise = new byte[200_000];
        random.nextBytes(noise);
        ReplyCollector[] collector = {new ReplyCollector(QuantaRayCommand.HISTORY)};

        // When / Then
        assertThatCode(() -> {
            for (int i = 0; i < noise.length; i += 37) {
                for (InboundLine line : splitter.feed(noise, i, Math.min(37, noise.length - i))) {
                    assertThat(QuantaRayDeviceCodec.parse(line)).isNotNull();
                    if (collector[0].accept(line).isPresent()) {
                        collector[0] = new ReplyCollector(QuantaRayCommand.values()[random.nextInt(3) == 0 ? 1 : 0]);
                    }
                }
            }
        }).doesNotThrowAnyException();
    }
}
