package org.pulseguard.protocol.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every golden vector of docs/protocol/reference-laser.md section 8 (generated independently
 * by make_golden.py): the bytes decode to the listed fields, and the decoded message encodes back
 * to the same bytes.
 */
class GoldenVectorsTest {

    record Vector(String description, byte[] bytes) {
        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<Vector> vectors() throws IOException {
        return load().stream();
    }

    static List<Vector> load() throws IOException {
        try (InputStream in = GoldenVectorsTest.class.getResourceAsStream("/protocol/reference/golden-vectors.txt")) {
            List<Vector> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                out.add(new Vector(parts[0].trim(), HexFormat.of().parseHex(parts[1].trim())));
            }
            return out;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void goldenBytes_decodeToTheirFields_andEncodeBack(Vector vector) {
        // Given
        List<Frame> frames = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder(FrameDecoder.Listener.of(frames::add, seq -> {}));

        // When
        decoder.feed(vector.bytes());

        // Then
        assertThat(frames).hasSize(1);
        DecodeResult result = ReferenceCodec.decode(frames.get(0));
        assertThat(result).isInstanceOf(DecodeResult.Decoded.class);
        ReferenceMessage message = ((DecodeResult.Decoded) result).message();
        assertThat(describe(result.sequence(), message)).isEqualTo(vector.description());
        assertThat(ReferenceCodec.encodeToBytes(result.sequence(), message)).isEqualTo(vector.bytes());
    }

    static String describe(int sequence, ReferenceMessage message) {
        Map<String, Object> fields = message.fields();
        String rest = fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        return (message.type().name() + " seq=" + sequence + (rest.isEmpty() ? "" : " " + rest));
    }
}
