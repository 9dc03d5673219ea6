package org.pulseguard.simulator.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Frame;
import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireCause;
import org.pulseguard.protocol.reference.WireState;
import org.pulseguard.simulator.SimulatorConfig;
import org.pulseguard.simulator.fault.FaultKind;

/** Each injected link fault does what it says, and is counted. */
class LinkFaultTest {
    private SimulatorHarness sim;

    @BeforeEach
    void start() throws Exception {
        sim = new SimulatorHarness().warmedUp();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static void sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }

    private long repliesWithSequence(int sequence) {
        return sim.frames().stream().filter(f -> f.sequence() == sequence && f.type() >= 0x80).count();
    }

    @Test
    void drop_nextReply_isNotSentAndTheOneAfterIs() {
        sim.control().dropReplies(1);
        sim.send(1, new Request.Heartbeat());
        sim.send(2, new Request.Heartbeat());
        sim.awaitReply(2);
        assertThat(repliesWithSequence(1)).isZero();
        assertThat(sim.control().snapshot().faultsExercised()).containsEntry(FaultKind.DROP_REPLY, 1L);
    }

    @Test
    void drop_thenRetryWithSameBytes_isAnsweredFromCache() {
        sim.control().dropReplies(1);
        byte[] arm = sim.send(3, new Request.Arm());
        sim.endpoint.hostSends(arm);
        assertThat(sim.awaitReply(3)).isEqualTo(new Reply.StateAfter(MessageType.ARM_DONE, WireState.READY));
        assertThat(sim.control().snapshot().link().duplicateRequests()).isEqualTo(1);
    }

    @Test
    void corrupt_nextReply_failsTheHostsCrcCheck() {
        sim.control().corruptReplies(1);
        sim.send(4, new Request.GetStatus());
        sim.send(5, new Request.GetStatus());
        sim.awaitReply(5);
        assertThat(sim.endpoint.hostCrcMismatches()).isEqualTo(1);
        assertThat(repliesWithSequence(4)).isZero();
    }

    @Test
    void duplicate_nextReply_isSentTwice() {
        sim.control().duplicateReplies(1);
        sim.send(6, new Request.GetRate());
        await().until(() -> repliesWithSequence(6) == 2);
    }

    @Test
    void split_nextReply_arrivesInPiecesButWhole() {
        int writesBefore = sim.endpoint.writeCount();
        sim.control().splitReplies(1, Duration.ofMillis(5));
        sim.send(7, new Request.Identify());
        assertThat(sim.awaitReply(7)).isInstanceOf(Reply.Identity.class);
        assertThat(sim.endpoint.writeCount() - writesBefore).isEqualTo(3);
    }

    @Test
    void delay_nextReply_isLateButComes() throws InterruptedException {
        sim.control().delayReplies(1, Duration.ofMillis(600));
        sim.send(8, new Request.GetWavelength());
        sleep(200);
        assertThat(repliesWithSequence(8)).isZero();
        assertThat(sim.awaitReply(8)).isEqualTo(new Reply.Wavelength(false, 1064));
    }

    @Test
    void mute_sendsNothingAndIgnoresRequests_unmuteAnswersAgainWithAnEventGap() {
        // Given a muted device
        sim.control().mute();
        int framesBefore = sim.frames().size();
        // When a heartbeat arrives and the footswitch changes
        sim.send(9, new Request.Arm());
        sim.control().pressFootswitch();
        await().until(() -> sim.control().snapshot().link().bytesIgnored() > 0);
        // Then nothing was sent and the request was not executed
        assertThat(sim.frames()).hasSize(framesBefore);
        assertThat(sim.control().snapshot().device().state()).isEqualTo(WireState.STANDBY);
        // And after unmute the device answers, its next event numbered after the suppressed one
        sim.control().unmute();
        sim.control().releaseFootswitch();
        Frame released = sim.awaitFrame(f -> f.type() == MessageType.FOOTSWITCH_CHANGED.code());
        assertThat(released.sequence()).isEqualTo(3);
        sim.send(10, new Request.Heartbeat());
        sim.awaitReply(10);
    }

    @Test
    void cut_takesTheLinkDown_restoreBringsItBack() throws Exception {
        sim.control().cutLink();
        assertThat(sim.endpoint.isUp()).isFalse();
        assertThat(sim.control().snapshot().link().linkUp()).isFalse();
        sim.control().restoreLink();
        sim.send(11, new Request.Heartbeat());
        sim.awaitReply(11);
        assertThat(sim.control().snapshot().faultsExercised()).containsEntry(FaultKind.CUT_LINK, 1L);
    }

    @Test
    void reboot_restartsEventCounterAndForgetsReplies() {
        // Given ARM (seq 12) answered
        byte[] arm = sim.send(12, new Request.Arm());
        sim.awaitReply(12);
        // When the unit reboots and the host repeats the ARM bytes
        sim.control().reboot();
        Frame powerUp = ReferenceCodec.encode(0, new Event.StateChanged(WireState.OFF, WireState.WARM_UP, WireCause.POWER));
        await().until(() -> sim.frames().stream().filter(powerUp::equals).count() == 2);
        sim.endpoint.hostSends(arm);
        // Then the power-up event came again as seq 0 and ARM is executed afresh (refused in WARM_UP)
        await().until(() -> repliesWithSequence(12) == 2);
        Frame second = sim.frames().stream().filter(f -> f.sequence() == 12 && f.type() >= 0x80).skip(1).findFirst()
                .orElseThrow();
        assertThat(second.type()).isEqualTo(MessageType.REFUSED.code());
    }

    @Test
    void garbage_onDemand_isSentAndNeverHoldsASyncByte() {
        int before = sim.endpoint.hostReceivedBytes().length;
        sim.control().injectGarbage(64);
        await().until(() -> sim.endpoint.hostReceivedBytes().length == before + 64);
        byte[] all = sim.endpoint.hostReceivedBytes();
        for (int i = before; i < all.length; i++) {
            assertThat(all[i] & 0xFF).isNotEqualTo(0xA5);
        }
        sim.send(13, new Request.Heartbeat());
        sim.awaitReply(13);
    }

    @Test
    void garbageOnOpen_comesBeforeAnyFrame() throws Exception {
        try (SimulatorHarness noisy = new SimulatorHarness(
                SimulatorConfig.builder().pacing(false).garbageOnOpenBytes(8).build())) {
            noisy.send(1, new Request.Identify());
            noisy.awaitReply(1);
            byte[] bytes = noisy.endpoint.hostReceivedBytes();
            assertThat(bytes.length).isGreaterThan(8);
            assertThat(bytes[8] & 0xFF).isEqualTo(0xA5);
        }
    }

    @Test
    void pacing_atTheLineSpeed_takesAtLeastTheWireTime() throws Exception {
        SimulatorConfig paced = SimulatorConfig.builder().pacing(true)
                .lineSettings(org.pulseguard.transport.SerialSettings.parse("9600 8N1")).build();
        try (SimulatorHarness slow = new SimulatorHarness(paced)) {
            slow.awaitFrame(f -> f.type() == MessageType.STATE_CHANGED.code());
            long start = System.nanoTime();
            slow.send(1, new Request.Identify());
            slow.awaitReply(1);
            long elapsed = System.nanoTime() - start;
            int length = slow.frames().get(slow.frames().size() - 1).payload().length + Frame.OVERHEAD;
            assertThat(elapsed).isGreaterThanOrEqualTo(paced.link().lineSettings().wireTimeNanos(length));
        }
    }
}
