package org.pulseguard.simulator.quantaray;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pulseguard.protocol.quantaray.EchoMode;
import org.pulseguard.protocol.quantaray.ErrorHistory;
import org.pulseguard.protocol.quantaray.InboundLine;
import org.pulseguard.protocol.quantaray.QuantaRayCommand;
import org.pulseguard.protocol.quantaray.QuantaRayDeviceCodec;
import org.pulseguard.protocol.quantaray.QuantaRayLineSplitter;
import org.pulseguard.protocol.quantaray.QuantaRayReply;
import org.pulseguard.protocol.quantaray.QuantaRayRequest;
import org.pulseguard.protocol.quantaray.ReplyCollector;
import org.pulseguard.protocol.quantaray.ReplyResult;
import org.pulseguard.protocol.quantaray.RequestResult;
import org.pulseguard.simulator.GoldenFile;
import org.pulseguard.simulator.LineUnitHarness;
import org.pulseguard.simulator.control.InterlockInput;

/**
 * Every exchange of the Quanta-Ray golden transcripts (src/test/resources/protocol/quantaray, read
 * only) run through the simulator's server over an in-memory endpoint, in the golden echo mode: a
 * query gets exactly the golden reply bytes, a set or action command gets no byte at all (the next
 * query's reply comes next), a refused line in echo mode 2 gets the golden error line. The error
 * history, whose times and codes are the unit's own, is checked through the host codec for the
 * golden number of entries.
 */
class QuantaRayGoldenTranscriptTest {
    private static final String RESOURCE = "/protocol/quantaray/golden-transcripts.txt";
    private static final String IDENTITY = "SPECTRA-PHYSICS,LAB-170-10,1234,2.01";

    /** What brings a fresh unit (warm-up 0) to the state a golden reply shows. */
    private static final Map<String, Consumer<LineUnitHarness<QuantaRaySimulator>>> PREPARE = Map.of(
            "QSW? mode", h -> h.send("QSW REP\r"),
            "READ:OMON? monitor", h -> h.send("ON\r"),
            "READ:AMON? monitor", h -> h.send("ON\r"),
            "READ:VAR? lamp trigger rate", h -> h.send("ON\r"),
            "*STB? simmer, contactor, emission, computer in control", h -> h.send("ON\rQSW REP\r"),
            "STAT:QUES? de-ionized water low", h -> h.simulator.control().waterFlowLoss(true),
            "READ:HIST? one entry", h -> h.simulator.control().openInterlock(InterlockInput.COVER),
            "READ:HIST? two entries", h -> {
                h.simulator.control().openInterlock(InterlockInput.COVER);
                h.simulator.control().overTemperature(true);
            });

    /** Replies whose values are the unit's own clock and codes: same shape, checked through the host codec. */
    private static final Set<String> SHAPE_ONLY = Set.of("READ:HIST? one entry", "READ:HIST? two entries",
            "READ:HIST? empty");

    record Exchange(String name, EchoMode mode, String request, String reply) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Exchange> exchanges() throws IOException {
        return GoldenFile.load(RESOURCE).stream().map(f -> new Exchange(f[0], EchoMode.valueOf(f[1]),
                GoldenFile.unquote(f[2]), GoldenFile.unquote(f[3])));
    }

    private static Optional<QuantaRayCommand> command(String request) {
        RequestResult result = QuantaRayDeviceCodec.parseLine(request.strip());
        return result instanceof RequestResult.Accepted
                ? Optional.of(((RequestResult.Accepted) result).request().command()) : Optional.empty();
    }

    /** The echo mode in force after the exchange: the golden one, or the one an {@code ECH} request selects. */
    private static EchoMode modeAfter(Exchange exchange) {
        RequestResult result = QuantaRayDeviceCodec.parseLine(exchange.request().strip());
        if (result instanceof RequestResult.Accepted
                && ((RequestResult.Accepted) result).request() instanceof QuantaRayRequest.SetEchoMode) {
            return ((QuantaRayRequest.SetEchoMode) ((RequestResult.Accepted) result).request()).mode();
        }
        return exchange.mode();
    }

    private static ReplyResult hostReads(QuantaRayCommand command, String reply) {
        ReplyCollector collector = new ReplyCollector(command);
        Optional<ReplyResult> result = Optional.empty();
        for (InboundLine line : new QuantaRayLineSplitter().feed(reply.getBytes(StandardCharsets.ISO_8859_1))) {
            result = result.or(() -> collector.accept(line));
        }
        return result.orElseGet(collector::expire);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void goldenRequest_getsTheGoldenReply_orNothing(Exchange exchange) throws Exception {
        try (LineUnitHarness<QuantaRaySimulator> harness =
                     LineUnitHarness.quantaRay(LineUnitHarness.fastQuantaRay().identity(IDENTITY))) {
            // Given a fresh unit in the golden echo mode and state
            if (exchange.mode() != EchoMode.POWER_UP) {
                harness.send("ECH " + exchange.mode().code() + "\r");
            }
            PREPARE.getOrDefault(exchange.name(), h -> { }).accept(harness);

            // When the host sends the golden request
            harness.send(exchange.request());

            // Then
            long lines = exchange.reply().chars().filter(c -> c == '\n').count();
            if (SHAPE_ONLY.contains(exchange.name())) {
                String reply = harness.awaitLines((int) lines);
                ReplyResult result = hostReads(QuantaRayCommand.HISTORY, reply);
                ErrorHistory golden = (ErrorHistory) ((ReplyResult.Parsed) hostReads(QuantaRayCommand.HISTORY,
                        exchange.reply())).reply();
                assertThat(result).isInstanceOf(ReplyResult.Parsed.class);
                assertThat(((ErrorHistory) ((ReplyResult.Parsed) result).reply()).entries())
                        .hasSameSizeAs(golden.entries());
            } else if (!exchange.reply().isEmpty()) {
                assertThat(new String(harness.awaitBytes(exchange.reply().length()), StandardCharsets.ISO_8859_1))
                        .isEqualTo(exchange.reply());
                command(exchange.request()).ifPresent(c -> assertThat(hostReads(c, exchange.reply()))
                        .isNotInstanceOf(ReplyResult.Malformed.class));
            }
            // and nothing else came: the next query's reply is next
            harness.send("*IDN?\r");
            String identity = new String(QuantaRayDeviceCodec.formatReply(new QuantaRayReply.Identity(IDENTITY),
                    modeAfter(exchange)), StandardCharsets.US_ASCII);
            assertThat(new String(harness.awaitBytes(identity.length()), StandardCharsets.ISO_8859_1))
                    .isEqualTo(identity);
            assertThat(harness.unread()).isEmpty();
        }
    }

    @Test
    void goldenTranscripts_runEveryCommandOfTheTable() throws IOException {
        Set<QuantaRayCommand> covered = EnumSet.noneOf(QuantaRayCommand.class);
        List<Exchange> all = exchanges().toList();
        all.forEach(e -> command(e.request()).ifPresent(covered::add));
        assertThat(covered).containsExactlyInAnyOrder(QuantaRayCommand.values());
    }
}
