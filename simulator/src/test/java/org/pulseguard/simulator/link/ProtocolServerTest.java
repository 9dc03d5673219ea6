package org.pulseguard.simulator.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Frame;
import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.protocol.reference.Nak;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireCause;
import org.pulseguard.protocol.reference.WireError;
import org.pulseguard.protocol.reference.WireFault;
import org.pulseguard.protocol.reference.WireState;

/** The device side of sections 2.1, 4, 5.4 and 6.5 over an in-memory endpoint. */
class ProtocolServerTest {
    private SimulatorHarness sim;

    @BeforeEach
    void start() throws Exception {
        sim = new SimulatorHarness().warmedUp();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void identify_isAnsweredWithItsSequence() {
        sim.send(9, new Request.Identify());
        assertThat(sim.awaitReply(9)).isEqualTo(new Reply.Identity("PG-RL1064", "SIM-0001", "1.0.0", 500, 1000));
    }

    @Test
    void duplicateRequest_isAnsweredFromCacheWithoutExecuting() {
        // Given ARM (seq 5) answered READY, then STANDBY (seq 6) executed
        byte[] arm = sim.send(5, new Request.Arm());
        sim.awaitReply(5);
        sim.send(6, new Request.Standby());
        sim.awaitReply(6);
        // When the very same ARM bytes come again (a host retry)
        sim.endpoint.hostSends(arm);
        // Then the remembered READY reply comes again and the unit stays in STANDBY
        await().until(() -> sim.frames().stream().filter(f -> f.sequence() == 5 && f.type() == 0x8B).count() == 2);
        assertThat(sim.control().snapshot().device().state()).isEqualTo(WireState.STANDBY);
        assertThat(sim.control().snapshot().link().duplicateRequests()).isEqualTo(1);
    }

    @Test
    void identify_clearsTheDuplicateCache_soARestartedHostIsNeverAnsweredFromIt() {
        // Given a host reset the user counter with seq 17
        byte[] reset = sim.send(17, new Request.ResetUserCounter());
        sim.awaitReply(17);
        // When a restarted host identifies, pulses are counted, and it sends the same bytes again
        sim.send(0, new Request.Identify());
        sim.awaitReply(0);
        sim.endpoint.hostSends(reset);
        // Then the request is executed, not answered from the old host's cache
        await().until(() -> sim.frames().stream().filter(f -> f.sequence() == 17 && f.type() == 0x91).count() == 2);
        assertThat(sim.control().snapshot().link().duplicateRequests()).isZero();
    }

    @Test
    void sameSequenceWithOtherPayload_isExecutedAgain() {
        sim.send(7, new Request.SetEnergy(400_000));
        sim.awaitReply(7);
        sim.send(7, new Request.SetEnergy(500_000));
        await().until(() -> sim.control().snapshot().device().setpoint().energyMicrojoules() == 500_000);
        assertThat(sim.control().snapshot().link().duplicateRequests()).isZero();
    }

    @Test
    void duplicateCache_remembersOnly16Requests() {
        // Given SET_ENERGY seq 0, then 16 other requests
        byte[] first = sim.send(0, new Request.SetEnergy(400_000));
        for (int seq = 1; seq <= 16; seq++) {
            sim.send(seq, new Request.GetStatus());
        }
        sim.awaitReply(16);
        // When the first is sent again
        sim.endpoint.hostSends(first);
        sim.send(17, new Request.GetStatus());
        sim.awaitReply(17);
        // Then it was executed again, not answered from the cache
        assertThat(sim.control().snapshot().link().duplicateRequests()).isZero();
    }

    @Test
    void crcMismatch_isAnsweredWithNakAndNotExecuted() {
        // Given an ARM frame with its last CRC byte damaged
        byte[] bytes = ReferenceCodec.encodeToBytes(12, new Request.Arm());
        bytes[bytes.length - 1] ^= 0x01;
        // When it arrives
        sim.endpoint.hostSends(bytes);
        // Then a NAK with the seq as read, and the unit stays in STANDBY
        Frame nak = sim.awaitFrame(f -> f.type() == MessageType.NAK.code());
        assertThat(nak.sequence()).isEqualTo(12);
        assertThat(SimulatorHarness.decode(nak)).isEqualTo(new Nak(Nak.CRC_MISMATCH));
        assertThat(sim.control().snapshot().device().state()).isEqualTo(WireState.STANDBY);
    }

    @Test
    void damagedNak_isNeverAnsweredWithNak() {
        byte[] bytes = ReferenceCodec.encodeToBytes(3, new Nak(Nak.CRC_MISMATCH));
        bytes[bytes.length - 1] ^= 0x01;
        sim.endpoint.hostSends(bytes);
        sim.send(4, new Request.Heartbeat());
        sim.awaitReply(4);
        assertThat(sim.frames()).noneMatch(f -> f.type() == MessageType.NAK.code());
    }

    @Test
    void hostNak_resendsTheMostRecentReply() {
        sim.send(20, new Request.GetEnergy());
        sim.awaitReply(20);
        sim.endpoint.hostSends(ReferenceCodec.encodeToBytes(0, new Nak(Nak.CRC_MISMATCH)));
        await().until(() -> sim.frames().stream().filter(f -> f.sequence() == 20).count() == 2);
        assertThat(sim.control().snapshot().link().naksReceived()).isEqualTo(1);
    }

    @Test
    void garbageBeforeAFrame_isSkipped() {
        sim.endpoint.hostSends(HexFormat.of().parseHex("00FFA51234A5"));
        sim.send(30, new Request.GetSpot());
        assertThat(sim.awaitReply(30)).isEqualTo(new Reply.Spot(false, 3000));
    }

    @Test
    void unknownTypeAndBadPayloadAndNonRequest_areRefusedWithTheirCodes() {
        sim.endpoint.hostSends(new Frame(40, 0x30, new byte[0]).toBytes());
        sim.endpoint.hostSends(new Frame(41, MessageType.SET_ENERGY.code(), new byte[] {1, 2}).toBytes());
        sim.endpoint.hostSends(ReferenceCodec.encodeToBytes(42, new Reply.Energy(false, 100_000)));
        assertThat(sim.awaitReply(40)).isEqualTo(new Reply.Refused(0x30, WireError.UNKNOWN_COMMAND));
        assertThat(sim.awaitReply(41)).isEqualTo(new Reply.Refused(0x03, WireError.BAD_PAYLOAD));
        assertThat(sim.awaitReply(42)).isEqualTo(new Reply.Refused(0x84, WireError.UNKNOWN_COMMAND));
    }

    @Test
    void arm_replyComesBeforeTheStateChangedEvent() {
        sim.send(50, new Request.Arm());
        sim.awaitMessage(m -> m instanceof Event.StateChanged s && s.to() == WireState.READY);
        List<Frame> frames = sim.frames();
        int reply = indexOf(frames, f -> f.sequence() == 50 && f.type() == MessageType.ARM_DONE.code());
        int event = indexOf(frames, f -> SimulatorHarness.decode(f)
                .equals(new Event.StateChanged(WireState.STANDBY, WireState.READY, WireCause.HOST_COMMAND)));
        assertThat(reply).isGreaterThanOrEqualTo(0).isLessThan(event);
    }

    @Test
    void events_carryTheirOwnCounterFromZero() {
        // Power-up (seq 0) and warm-up done (seq 1) were sent; ARM causes seq 2
        sim.send(60, new Request.Arm());
        Frame ready = sim.awaitFrame(f -> f.type() == MessageType.STATE_CHANGED.code() && f.sequence() == 2);
        assertThat(SimulatorHarness.decode(ready))
                .isEqualTo(new Event.StateChanged(WireState.STANDBY, WireState.READY, WireCause.HOST_COMMAND));
        Frame powerUp = sim.awaitFrame(f -> f.type() == MessageType.STATE_CHANGED.code() && f.sequence() == 0);
        assertThat(SimulatorHarness.decode(powerUp))
                .isEqualTo(new Event.StateChanged(WireState.OFF, WireState.WARM_UP, WireCause.POWER));
    }

    @Test
    void readerFailure_isLoggedAndLeavesTheUnitSafeAndServing() {
        // Given an armed unit
        sim.send(70, new Request.Arm());
        sim.awaitReply(70);
        // When the reader thread hits an unexpected error
        sim.endpoint.failNextRead(new IllegalStateException("simulated reader bug"));
        // Then the unit goes to STANDBY with fault INTERNAL and still answers
        await().until(() -> sim.control().snapshot().device().fault() == WireFault.INTERNAL);
        assertThat(sim.control().snapshot().device().state()).isEqualTo(WireState.STANDBY);
        sim.send(71, new Request.GetStatus());
        assertThat(sim.awaitReply(71)).isInstanceOf(Reply.Status.class);
    }

    private static int indexOf(List<Frame> frames, java.util.function.Predicate<Frame> test) {
        for (int i = 0; i < frames.size(); i++) {
            if (test.test(frames.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
