package org.pulseguard.protocol.bigsky;

import org.pulseguard.protocol.RecordText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every golden exchange of the Big Sky dialect (golden-transcripts.txt, written independently
 * by make_golden.py) in both directions: the device reads the request bytes into the listed
 * command and formats the listed reply to the reply bytes; the host writes the command to the
 * request bytes and reads the reply bytes into the listed values.
 */
class GoldenTranscriptsTest {

    record Exchange(String name, byte[] request, byte[] reply, String deviceReading, String hostReading) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Exchange> exchanges() throws IOException {
        return load().stream();
    }

    static List<Exchange> load() throws IOException {
        try (InputStream in = GoldenTranscriptsTest.class.getResourceAsStream("/protocol/bigsky/golden-transcripts.txt")) {
            List<Exchange> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                out.add(new Exchange(parts[0].trim(), unquote(parts[1]), unquote(parts[2]), parts[3].trim(), parts[4].trim()));
            }
            return out;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void requestBytes_readByDevice_andWrittenByHost(Exchange exchange) {
        // Given
        CommandLineSplitter splitter = new CommandLineSplitter();

        // When
        List<InboundLine> lines = splitter.feed(exchange.request());

        // Then
        assertThat(lines).hasSize(1);
        RequestResult result = BigSkyDeviceCodec.parse(lines.get(0));
        assertThat(RecordText.of(result)).isEqualTo(exchange.deviceReading());
        RequestResult.Accepted accepted = (RequestResult.Accepted) result;
        assertThat(BigSkyHostCodec.encode(accepted.address(), accepted.request())).isEqualTo(exchange.request());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void replyBytes_readByHost_andFormattedByDevice(Exchange exchange) {
        // Given
        BigSkyCommand command = ((RequestResult.Accepted) BigSkyDeviceCodec.parse(
                new CommandLineSplitter().feed(exchange.request()).get(0))).request().command();
        BigSkyReplyReader reader = new BigSkyReplyReader();
        reader.start();

        // When
        Optional<ReplyFrame> frame = reader.feed(exchange.reply());

        // Then
        assertThat(frame).isPresent();
        ReplyResult result = BigSkyHostCodec.parseReply(command, frame.get());
        assertThat(result).isInstanceOf(ReplyResult.Parsed.class);
        BigSkyReply reply = ((ReplyResult.Parsed) result).reply();
        assertThat(RecordText.of(reply)).isEqualTo(exchange.hostReading());
        assertThat(BigSkyDeviceCodec.formatReply(reply)).isEqualTo(exchange.reply());
    }

    @Test
    void transcripts_coverEveryCommandOfTheTable() throws IOException {
        // Given
        List<Exchange> exchanges = load();

        // When
        List<String> covered = exchanges.stream().map(e -> e.deviceReading().replaceAll(".*command=([A-Z_0-9]+).*", "$1")).toList();

        // Then
        for (BigSkyCommand command : BigSkyCommand.values()) {
            assertThat(covered).as("golden exchange for %s", command).contains(command.name());
        }
    }

    /** Reads a double-quoted string with \r, \n, \\, \" and \xHH escapes into bytes. */
    static byte[] unquote(String quoted) {
        String text = quoted.trim();
        text = text.substring(1, text.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(++i);
            if (e == 'x') {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(e == 'r' ? '\r' : e == 'n' ? '\n' : e);
            }
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
