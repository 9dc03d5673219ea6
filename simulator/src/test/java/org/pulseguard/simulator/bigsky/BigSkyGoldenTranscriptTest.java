package org.pulseguard.simulator.bigsky;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.protocol.bigsky.BigSkyDeviceCodec;
import org.pulseguard.protocol.bigsky.BigSkyHostCodec;
import org.pulseguard.protocol.bigsky.BigSkyReply;
import org.pulseguard.protocol.bigsky.BigSkyReplyReader;
import org.pulseguard.protocol.bigsky.ReplyResult;
import org.pulseguard.protocol.bigsky.RequestResult;
import org.pulseguard.simulator.GoldenFile;
import org.pulseguard.simulator.LineUnitHarness;
import org.pulseguard.simulator.control.InterlockInput;

/**
 * Every exchange of the Big Sky golden transcripts (src/test/resources/protocol/bigsky, read only)
 * run through the simulator's server over an in-memory endpoint: the request bytes go in, exactly
 * 17 reply bytes come out, and nothing more. Where the golden reply shows a state the unit can be
 * brought to (through its own commands, its inputs or time), the reply must be byte for byte the
 * golden one; the two that show states no host or input can produce (a capacitor-load failure, a
 * single Q-switch shot with an interlock open) must read, through the host codec, as a reply of the
 * same layout.
 */
class BigSkyGoldenTranscriptTest {
    private static final String RESOURCE = "/protocol/bigsky/golden-transcripts.txt";

    /** What brings a fresh unit to the state a golden reply shows. */
    private static final Map<String, Consumer<LineUnitHarness<BigSkySimulator>>> PREPARE = Map.of(
            "WOR lamp and Q-switch started", h -> commands(h, ">A", ">PQ"),
            "VA query", h -> commands(h, ">M"),
            "VT query", h -> commands(h, ">M"),
            "IF water flow and cover open", h -> {
                h.simulator.control().waterFlowLoss(true);
                h.simulator.control().openInterlock(InterlockInput.COVER);
            },
            "PQ Q-switch start", h -> commands(h, ">A"),
            "SQ Q-switch stop", h -> commands(h, ">A", ">PQ"),
            "OQ Q-switch single", h -> commands(h, ">A"),
            "LS query", h -> {
                commands(h, ">M");
                h.advanceMillis(2_000);
            },
            "LC query", h -> {
                commands(h, ">A");
                h.advanceMillis(15_000);
            });

    /** Golden replies showing a state no command, input or time can bring the unit to: layout only. */
    private static final Set<String> LAYOUT_ONLY = Set.of("WOR interlock open, external triggers",
            "IF2 capacitor load fail");

    record Exchange(String name, String request, String reply) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Exchange> exchanges() throws IOException {
        return GoldenFile.load(RESOURCE).stream()
                .map(f -> new Exchange(f[0], GoldenFile.unquote(f[1]), GoldenFile.unquote(f[2])));
    }

    private static void commands(LineUnitHarness<BigSkySimulator> harness, String... lines) {
        for (String line : lines) {
            harness.ask(line + "\r\n", 17);
        }
    }

    private static BigSkyCommand command(String request) {
        RequestResult result = BigSkyDeviceCodec.parseLine(request.strip());
        return ((RequestResult.Accepted) result).request().command();
    }

    private static BigSkyReply hostReading(BigSkyCommand command, String reply) {
        BigSkyReplyReader reader = new BigSkyReplyReader();
        reader.start();
        ReplyResult result = BigSkyHostCodec.parseReply(command,
                reader.feed(reply.getBytes(StandardCharsets.ISO_8859_1)).orElseThrow());
        assertThat(result).as("host reading of '%s'", reply).isInstanceOf(ReplyResult.Parsed.class);
        return ((ReplyResult.Parsed) result).reply();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void goldenRequest_isAnsweredWith17Bytes_inTheGoldenForm(Exchange exchange) throws Exception {
        // Given a fresh unit (serial 62, or the one the request addresses) in the golden state
        int serial = exchange.request().startsWith("$184") ? 184 : 62;
        try (LineUnitHarness<BigSkySimulator> harness =
                     LineUnitHarness.bigSky(LineUnitHarness.fastBigSky().serial(serial))) {
            PREPARE.getOrDefault(exchange.name(), h -> { }).accept(harness);

            // When the host sends the golden request
            String reply = harness.ask(exchange.request(), 17);

            // Then the reply is the golden one (or, for an unreachable state, of the same layout)
            BigSkyCommand command = command(exchange.request());
            if (LAYOUT_ONLY.contains(exchange.name())) {
                assertThat(hostReading(command, reply).layout()).isEqualTo(hostReading(command, exchange.reply()).layout());
            } else {
                assertThat(reply).isEqualTo(exchange.reply());
                hostReading(command, reply);
            }
            // and nothing else came: the next reply is the next 17 bytes
            assertThat(harness.ask(">SN\r\n", 17)).startsWith("\r\ns/number");
            assertThat(harness.unread()).isEmpty();
        }
    }

    @Test
    void goldenTranscripts_runEveryCommandOfTheTable() throws IOException {
        Set<BigSkyCommand> covered = EnumSet.noneOf(BigSkyCommand.class);
        List<Exchange> all = exchanges().toList();
        all.forEach(e -> covered.add(command(e.request())));
        assertThat(covered).containsExactlyInAnyOrder(BigSkyCommand.values());
        assertThat(all.stream().filter(e -> LAYOUT_ONLY.contains(e.name()))).hasSize(LAYOUT_ONLY.size());
    }
}
