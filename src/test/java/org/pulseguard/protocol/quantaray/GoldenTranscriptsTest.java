package org.pulseguard.protocol.quantaray;

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
 * Runs every golden exchange of the Quanta-Ray dialect (golden-transcripts.txt, written
 * independently by make_golden.py) in both directions: the device reads the request bytes into
 * the listed command and formats the listed reply (or nothing) to the reply bytes; the host writes
 * the command to the request bytes, knows whether to wait, and reads the reply bytes into the
 * listed values. A refused line's ERROR reply is read the same way whatever the query.
 */
class GoldenTranscriptsTest {

    record Exchange(String name, EchoMode mode, byte[] request, byte[] reply, String deviceReading, String hostReading) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Exchange> exchanges() throws IOException {
        return load().stream();
    }

    static List<Exchange> load() throws IOException {
        try (InputStream in = GoldenTranscriptsTest.class.getResourceAsStream("/protocol/quantaray/golden-transcripts.txt")) {
            List<Exchange> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\\|");
                out.add(new Exchange(p[0].trim(), EchoMode.valueOf(p[1].trim()), unquote(p[2]), unquote(p[3]),
                        p[4].trim(), p[5].trim()));
            }
            return out;
        }
    }

    private static RequestResult deviceRead(byte[] request) {
        List<InboundLine> lines = new QuantaRayLineSplitter().feed(request);
        assertThat(lines).hasSize(1);
        return QuantaRayDeviceCodec.parse(lines.get(0));
    }

    private static String describe(RequestResult result) {
        if (result instanceof RequestResult.Rejected) {
            return "Rejected[error=" + ((RequestResult.Rejected) result).error() + "]";
        }
        return RecordText.of(result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void requestBytes_readByDevice_andWrittenByHost(Exchange exchange) {
        // Given / When
        RequestResult result = deviceRead(exchange.request());

        // Then
        assertThat(describe(result)).isEqualTo(exchange.deviceReading());
        if (result instanceof RequestResult.Accepted) {
            QuantaRayRequest request = ((RequestResult.Accepted) result).request();
            assertThat(QuantaRayHostCodec.encode(request)).isEqualTo(exchange.request());
            assertThat(request.expectsReply()).isEqualTo(exchange.reply().length > 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void replyBytes_readByHost_andFormattedByDevice(Exchange exchange) {
        // Given
        RequestResult request = deviceRead(exchange.request());
        QuantaRayCommand command = request instanceof RequestResult.Accepted
                ? ((RequestResult.Accepted) request).request().command() : QuantaRayCommand.IDENTIFY;
        if (!command.expectsReply()) {
            assertThat(exchange.reply()).isEmpty();
            assertThat(exchange.hostReading()).isEqualTo("none");
            return;
        }
        ReplyCollector collector = new ReplyCollector(command);

        // When
        Optional<ReplyResult> result = Optional.empty();
        for (InboundLine line : new QuantaRayLineSplitter().feed(exchange.reply())) {
            assertThat(result).as("complete before the last line").isEmpty();
            result = collector.accept(line);
        }

        // Then
        assertThat(result).isPresent();
        assertThat(RecordText.of(result.get())).isEqualTo(exchange.hostReading());
        QuantaRayReply reply = result.get() instanceof ReplyResult.Parsed
                ? ((ReplyResult.Parsed) result.get()).reply() : ((ReplyResult.Refused) result.get()).error();
        assertThat(QuantaRayDeviceCodec.formatReply(reply, exchange.mode())).isEqualTo(exchange.reply());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void refusedLines_areAnsweredOnlyInErrorMessageMode(Exchange exchange) {
        // Given
        RequestResult result = deviceRead(exchange.request());

        // When
        boolean refused = result instanceof RequestResult.Rejected;

        // Then
        if (refused) {
            assertThat(exchange.mode().showsErrors()).isTrue();
            assertThat(QuantaRayDeviceCodec.formatReply(QuantaRayReply.DeviceError.of(((RequestResult.Rejected) result).error()),
                    exchange.mode())).isEqualTo(exchange.reply());
        }
    }

    @Test
    void transcripts_coverEveryCommandOfTheTable() throws IOException {
        // Given
        List<Exchange> exchanges = load();

        // When
        List<QuantaRayCommand> covered = exchanges.stream().map(e -> deviceRead(e.request()))
                .filter(r -> r instanceof RequestResult.Accepted)
                .map(r -> ((RequestResult.Accepted) r).request().command()).toList();

        // Then
        assertThat(covered).containsAll(List.of(QuantaRayCommand.values()));
    }

    /** Reads a double-quoted string with \r, \n, \\ and \" escapes into bytes. */
    static byte[] unquote(String quoted) {
        String text = quoted.trim();
        text = text.substring(1, text.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                char e = text.charAt(++i);
                out.append(e == 'r' ? '\r' : e == 'n' ? '\n' : e);
            } else {
                out.append(c);
            }
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
