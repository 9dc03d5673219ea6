package org.pulseguard.simulator.bigsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.protocol.bigsky.BigSkyHostCodec;
import org.pulseguard.protocol.bigsky.BigSkyReplyReader;
import org.pulseguard.protocol.bigsky.ReplyFrame;
import org.pulseguard.protocol.bigsky.ReplyResult;
import org.pulseguard.simulator.LineUnitHarness;
import org.pulseguard.simulator.endpoint.InMemoryEndpoint;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.transport.SerialSettings;

/** Link faults on the Big Sky's 17-byte replies: each does what it says, none lets a wrong value through. */
class BigSkyLinkFaultTest {
    /** Longer than any host\'s reply deadline (250 ms), so the deadline falls inside the gap. */
    private static final Duration SPLIT_GAP = Duration.ofMillis(400);
    private LineUnitHarness<BigSkySimulator> sim;

    @BeforeEach
    void start() throws Exception {
        sim = LineUnitHarness.bigSky(LineUnitHarness.fastBigSky());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static ReplyResult hostReads(BigSkyCommand command, byte[] bytes, boolean expire) {
        BigSkyReplyReader reader = new BigSkyReplyReader();
        reader.start();
        ReplyFrame frame = reader.feed(bytes).orElseGet(() -> expire ? reader.expire() : null);
        return BigSkyHostCodec.parseReply(command, frame);
    }

    @Test
    void drop_theNextReplyNeverComes_andTheNextCommandGetsItsOwn() {
        sim.simulator.control().dropReplies(1);
        sim.send(">SN\r\n");
        sim.send(">V\r\n");
        assertThat(sim.ask(">F\r\n", 34)).isEqualTo("\r\nvoltage  0920 V\r\nfreq.  10.00 Hz");
        assertThat(sim.simulator.control().snapshot().faultsExercised()).containsEntry(FaultKind.DROP_REPLY, 1L);
    }

    @Test
    void split_withLongGaps_isShortAtTheHostsDeadline_andThenArrivesWhole() {
        // Not paced, so each piece is one write; the first piece is what a host whose 250 ms deadline
        // falls in the 400 ms gap has at that deadline. Only one-sided timing: the gap is at least 400 ms.
        sim.simulator.control().splitReplies(1, SPLIT_GAP);
        int before = sim.endpoint.hostReceivedWrites().size();
        sim.send(">V\r\n");
        assertThat(new String(sim.awaitBytes(17), StandardCharsets.US_ASCII)).isEqualTo("\r\nvoltage  0920 V");
        List<InMemoryEndpoint.Write> pieces = sim.endpoint.hostReceivedWrites().subList(before,
                sim.endpoint.hostReceivedWrites().size());

        assertThat(pieces).hasSizeGreaterThan(1);
        byte[] early = pieces.get(0).bytes();
        assertThat(early.length).isBetween(1, 16);
        assertThat(pieces.get(1).nanos() - pieces.get(0).nanos()).isGreaterThanOrEqualTo(SPLIT_GAP.toNanos());
        ReplyResult atDeadline = hostReads(BigSkyCommand.FLASHLAMP_VOLTAGE, early, true);
        assertThat(atDeadline).isInstanceOf(ReplyResult.Malformed.class);
        assertThat(((ReplyResult.Malformed) atDeadline).failure()).isEqualTo(ReplyResult.Failure.SHORT_REPLY);
    }

    @Test
    void truncate_theHostGetsAShortReply_theRestNeverComes_andTheNextReplyIsWhole() throws InterruptedException {
        assertThat(sim.simulator.interpreter().execute("fault truncate")).isEqualTo("ok next 1 replies cut short");
        sim.send(">V\r\n");
        await().until(() -> sim.unread().length > 0);
        Thread.sleep(100);
        byte[] cut = sim.unread();
        assertThat(cut.length).isBetween(1, 16);
        ReplyResult atDeadline = hostReads(BigSkyCommand.FLASHLAMP_VOLTAGE, cut, true);
        assertThat(((ReplyResult.Malformed) atDeadline).failure()).isEqualTo(ReplyResult.Failure.SHORT_REPLY);
        sim.skipReceived();
        assertThat(sim.ask(">F\r\n", 17)).isEqualTo("\r\nfreq.  10.00 Hz");
        assertThat(sim.simulator.control().snapshot().faultsExercised()).containsEntry(FaultKind.TRUNCATE_REPLY, 1L);
    }

    @Test
    void corrupt_everyCorruptedReply_readsAsGarbled_neverAsAValue() {
        sim.simulator.control().corruptReplies(30);
        for (int i = 0; i < 30; i++) {
            sim.send(">V\r\n");
            ReplyResult result = hostReads(BigSkyCommand.FLASHLAMP_VOLTAGE, sim.awaitBytes(17), false);
            assertThat(result).as("corrupted reply %d", i).isInstanceOf(ReplyResult.Malformed.class);
        }
        assertThat(sim.ask(">V\r\n", 17)).isEqualTo("\r\nvoltage  0920 V");
        assertThat(sim.simulator.control().snapshot().faultsExercised()).containsEntry(FaultKind.CORRUPT_REPLY, 30L);
    }

    @Test
    void delay_theReplyIsLateButComes() throws InterruptedException {
        sim.simulator.control().delayReplies(1, Duration.ofMillis(500));
        sim.send(">CG\r\n");
        Thread.sleep(150);
        assertThat(sim.unread()).isEmpty();
        assertThat(new String(sim.awaitBytes(17), StandardCharsets.US_ASCII)).isEqualTo("\r\ntemp. CG 25 d  ");
    }

    @Test
    void duplicate_theReplyComesTwice() {
        sim.simulator.control().duplicateReplies(1);
        assertThat(sim.ask(">P\r\n", 34)).isEqualTo("\r\nCG pump       1\r\nCG pump       1");
    }

    @Test
    void mute_nothingIsSentAndNothingExecuted_unmuteAnswersAgain() {
        sim.simulator.control().mute();
        sim.send(">A\r\n");
        await().until(() -> sim.simulator.control().snapshot().link().bytesIgnored() >= 4);
        assertThat(sim.unread()).isEmpty();
        sim.simulator.control().unmute();
        assertThat(sim.ask(">WOR\r\n", 17)).isEqualTo("\r\nI 0 F 0 S 0 Q 0");
    }

    @Test
    void refusedLinesAndOtherUnits_getNoReply_outOfRangeGetsTheUnchangedValue() {
        sim.send(">XYZ\r\n");
        sim.send("SN\r\n");
        sim.send("$999SN\r\n");
        sim.send(">V 920\r\n");
        sim.send(">V2000\r\n");
        assertThat(sim.ask("$184SN\r\n", 34)).isEqualTo("\r\nvoltage  0920 V\r\ns/number    184");
        // four refused (unknown, no address, space, out of range); the other unit's line is not ours to refuse
        assertThat(sim.simulator.control().snapshot().link().malformedRequests()).isEqualTo(4);
        assertThat(sim.simulator.control().snapshot().link().requestsReceived()).isEqualTo(6);
    }

    @Test
    void garbage_cutRestoreAndReboot_act() throws Exception {
        sim.simulator.control().injectGarbage(16);
        sim.awaitBytes(16);
        sim.simulator.control().cutLink();
        assertThat(sim.simulator.control().snapshot().link().linkUp()).isFalse();
        sim.simulator.control().restoreLink();
        sim.ask(">A\r\n", 17);
        sim.simulator.control().reboot();
        assertThat(sim.ask(">WOR\r\n", 17)).isEqualTo("\r\nI 0 F 0 S 0 Q 0");
        assertThat(sim.simulator.control().snapshot().faultsExercised())
                .containsKeys(FaultKind.GARBAGE, FaultKind.CUT_LINK, FaultKind.REBOOT);
    }

    @Test
    void pacing_at9600_8N1_takesAtLeastTheWireTimeOf17Bytes() throws Exception {
        SerialSettings line = BigSkyConfig.defaults().link().lineSettings();
        assertThat(line).isEqualTo(SerialSettings.parse("9600 8N1"));
        try (LineUnitHarness<BigSkySimulator> slow = LineUnitHarness.bigSky(BigSkyConfig.builder().pacing(true))) {
            long start = System.nanoTime();
            slow.ask(">SN\r\n", 17);
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(line.wireTimeNanos(17));
        }
    }
}
