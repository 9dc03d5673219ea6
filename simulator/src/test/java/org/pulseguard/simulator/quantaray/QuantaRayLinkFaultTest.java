package org.pulseguard.simulator.quantaray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.protocol.quantaray.InboundLine;
import org.pulseguard.protocol.quantaray.QuantaRayCommand;
import org.pulseguard.protocol.quantaray.QuantaRayLineSplitter;
import org.pulseguard.protocol.quantaray.ReplyCollector;
import org.pulseguard.protocol.quantaray.ReplyResult;
import org.pulseguard.simulator.LineUnitHarness;
import org.pulseguard.simulator.endpoint.InMemoryEndpoint;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.transport.SerialSettings;

/** Link faults on the Quanta-Ray's reply lines, echo modes and the watchdog under link loss. */
class QuantaRayLinkFaultTest {
    /** Longer than any host\'s reply deadline (250 ms), so the deadline falls inside the gap. */
    private static final Duration SPLIT_GAP = Duration.ofMillis(400);
    private LineUnitHarness<QuantaRaySimulator> sim;

    @BeforeEach
    void start() throws Exception {
        sim = LineUnitHarness.quantaRay(LineUnitHarness.fastQuantaRay());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static ReplyResult hostReads(QuantaRayCommand command, byte[] bytes) {
        ReplyCollector collector = new ReplyCollector(command);
        Optional<ReplyResult> result = Optional.empty();
        for (InboundLine line : new QuantaRayLineSplitter().feed(bytes)) {
            result = result.or(() -> collector.accept(line));
        }
        return result.orElseGet(collector::expire);
    }

    @Test
    void drop_theNextReplyNeverComes_andTheNextQueryGetsItsOwn() {
        sim.simulator.control().dropReplies(1);
        sim.send("SHOT?\r");
        assertThat(sim.ask("READ:OPFN?\r", 7)).isEqualTo("55.0 %\n");
        assertThat(sim.simulator.control().snapshot().faultsExercised()).containsEntry(FaultKind.DROP_REPLY, 1L);
    }

    @Test
    void split_withLongGaps_isNoReplyAtTheHostsDeadline_andThenArrivesWhole() {
        // Not paced, so each piece is one write; the first piece is what a host whose deadline falls
        // in the 400 ms gap has at that deadline. Only one-sided timing: the gap is at least 400 ms.
        sim.simulator.control().splitReplies(1, SPLIT_GAP);
        int before = sim.endpoint.hostReceivedWrites().size();
        sim.send("SHOT?\r");
        assertThat(new String(sim.awaitBytes(7), StandardCharsets.US_ASCII)).isEqualTo("123456\n");
        List<InMemoryEndpoint.Write> pieces = sim.endpoint.hostReceivedWrites().subList(before,
                sim.endpoint.hostReceivedWrites().size());

        assertThat(pieces).hasSizeGreaterThan(1);
        byte[] early = pieces.get(0).bytes();
        assertThat(early.length).isBetween(1, 6);
        assertThat(pieces.get(1).nanos() - pieces.get(0).nanos()).isGreaterThanOrEqualTo(SPLIT_GAP.toNanos());
        ReplyResult atDeadline = hostReads(QuantaRayCommand.SHOT_COUNT, early);
        assertThat(((ReplyResult.Malformed) atDeadline).failure()).isEqualTo(ReplyResult.Failure.NO_REPLY);
    }

    @Test
    void truncate_theLineNeverEnds_soTheHostHasNoReplyAtItsDeadline() throws InterruptedException {
        sim.simulator.control().truncateReplies(1);
        sim.send("SHOT?\r");
        await().until(() -> sim.unread().length > 0);
        Thread.sleep(100);
        byte[] cut = sim.unread();
        assertThat(new String(cut, StandardCharsets.US_ASCII)).doesNotContain("\n");
        ReplyResult atDeadline = hostReads(QuantaRayCommand.SHOT_COUNT, cut);
        assertThat(((ReplyResult.Malformed) atDeadline).failure()).isEqualTo(ReplyResult.Failure.NO_REPLY);
        sim.skipReceived();
        assertThat(sim.ask("QSW?\r", 5)).isEqualTo("SING\n");
    }

    @Test
    void corrupt_everyCorruptedReply_readsAsGarbled_neverAsAValue() {
        sim.simulator.control().corruptReplies(30);
        for (int i = 0; i < 30; i++) {
            sim.send("SHOT?\r");
            ReplyResult result = hostReads(QuantaRayCommand.SHOT_COUNT, sim.awaitBytes(7));
            assertThat(result).as("corrupted reply %d", i).isInstanceOf(ReplyResult.Malformed.class);
        }
        assertThat(sim.ask("SHOT?\r", 7)).isEqualTo("123456\n");
    }

    @Test
    void delayAndDuplicate_act() throws InterruptedException {
        sim.simulator.control().delayReplies(1, Duration.ofMillis(500));
        sim.send("QSW?\r");
        Thread.sleep(150);
        assertThat(sim.unread()).isEmpty();
        assertThat(new String(sim.awaitBytes(5), StandardCharsets.US_ASCII)).isEqualTo("SING\n");
        sim.simulator.control().duplicateReplies(1);
        assertThat(sim.ask("QSW?\r", 10)).isEqualTo("SING\nSING\n");
    }

    @Test
    void linkLoss_mutedUnitGetsNoCommands_soItsWatchdogTurnsItOff() {
        // Given an armed unit with a 2 s watchdog
        sim.send("ON\rQSW REP\rWATC 2\r");
        assertThat(sim.ask("QSW?\r", 4)).isEqualTo("REP\n");

        // When the link goes silent (muted: what the host sends is thrown away) for 2 s
        sim.simulator.control().mute();
        sim.send("*STB?\r");
        await().until(() -> sim.simulator.control().snapshot().link().bytesIgnored() >= 6);
        sim.advanceMillis(2000);

        // Then the unit turned itself off
        assertThat(sim.simulator.control().snapshot().device().contactorOn()).isFalse();
        sim.simulator.control().unmute();
        assertThat(sim.ask("QSW?\r", 5)).isEqualTo("SING\n");
    }

    @Test
    void echoModes_errorLinesOnlyInMode2_crLfInMode4_refusedLinesOtherwiseSilent() {
        sim.send("FIRE\r");
        sim.send("WATC 111\r");
        assertThat(sim.ask("QSW?\r", 5)).isEqualTo("SING\n");
        sim.send("ECH 2\r");
        assertThat(sim.ask("OPFN fifty\r", 21)).isEqualTo("ERROR 2 BAD ARGUMENT\n");
        sim.send("ECH 4\r");
        assertThat(sim.ask("QSW?\r", 6)).isEqualTo("SING\r\n");
        sim.send("FIRE\r");
        assertThat(sim.ask("QSW?\r", 6)).isEqualTo("SING\r\n");
        assertThat(sim.simulator.control().snapshot().link().malformedRequests()).isEqualTo(4);
    }

    @Test
    void garbageCutRestoreAndReboot_act() throws Exception {
        sim.simulator.control().injectGarbage(16);
        sim.awaitBytes(16);
        sim.simulator.control().cutLink();
        sim.simulator.control().restoreLink();
        sim.send("ON\rECH 4\r");
        assertThat(sim.ask("QSW?\r", 6)).isEqualTo("SING\r\n");
        sim.simulator.control().reboot();
        assertThat(sim.ask("*STB?\r", 8)).isEqualTo("8388608\n");
        assertThat(sim.simulator.control().snapshot().faultsExercised())
                .containsKeys(FaultKind.GARBAGE, FaultKind.CUT_LINK, FaultKind.REBOOT);
    }

    @Test
    void pacing_at9600_8N2_countsElevenBitTimesPerByte_andBaudChangesIt() throws Exception {
        SerialSettings line = QuantaRayConfig.defaults().link().lineSettings();
        assertThat(line).isEqualTo(SerialSettings.parse("9600 8N2"));
        assertThat(line.wireTimeNanos(1)).isEqualTo(Math.round(11 * 1e9 / 9600));
        try (LineUnitHarness<QuantaRaySimulator> slow = LineUnitHarness.quantaRay(
                LineUnitHarness.fastQuantaRay().pacing(true))) {
            int help = QuantaRayCommands.HELP.stream().mapToInt(l -> l.length() + 1).sum();
            long start = System.nanoTime();
            slow.ask("HELP\r", help);
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(line.wireTimeNanos(help));
            slow.send("BAUD 38400\r");
            await().until(() -> slow.simulator.control().snapshot().device().baud() == 38400);
            start = System.nanoTime();
            slow.ask("HELP\r", help);
            long fast = System.nanoTime() - start;
            assertThat(fast).isGreaterThanOrEqualTo(SerialSettings.parse("38400 8N2").wireTimeNanos(help));
        }
    }
}
