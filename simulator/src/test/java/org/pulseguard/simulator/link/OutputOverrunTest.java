package org.pulseguard.simulator.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.simulator.SimulatorConfig;

/**
 * A host that writes faster than the line can answer, or never reads, cannot make the simulator's
 * output grow without bound: the buffer stops at its capacity and the rest is counted as overruns.
 */
class OutputOverrunTest {
    private static final int REQUESTS = 20_000;

    @Test
    void hostThatWritesAndNeverReads_leavesTheQueueAtItsBoundWithOverrunsCounted() throws Exception {
        // Paced at the line's baud rate, the writer drains about 11 bytes per millisecond; 20,000
        // replies of 10+ bytes arrive far faster than that, so most of them cannot fit.
        try (SimulatorHarness sim = new SimulatorHarness(SimulatorConfig.builder().pacing(true).build())) {
            sim.endpoint.hostSends(heartbeats(REQUESTS));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> sim.control().snapshot().link().requestsReceived() >= REQUESTS);

            SimulatorOutputBuffer buffer = sim.control().snapshot().link().outputBuffer();
            assertThat(buffer.queuedBytes()).isBetween(1L, (long) OutputQueue.CAPACITY_BYTES);
            assertThat(buffer.overruns()).isPositive();
            assertThat(sim.control().snapshot().link().repliesSent() + buffer.overruns()).isLessThanOrEqualTo(REQUESTS);
        }
    }

    @Test
    void queueNeverDrained_holdsAtMostItsCapacityAndCountsEveryDroppedReply() {
        SimulatorLinkCounters counters = new SimulatorLinkCounters();
        OutputQueue queue = new OutputQueue(new org.pulseguard.simulator.fault.LinkFaultPlan(1),
                new org.pulseguard.simulator.fault.FaultLedger(), counters);
        byte[] reply = new byte[100];
        for (int i = 0; i < 1000; i++) {
            queue.reply(reply, "reply " + i, () -> { });
        }
        assertThat(queue.queuedBytes()).isEqualTo(OutputQueue.CAPACITY_BYTES / 100 * 100L);
        assertThat(counters.outputOverruns.get()).isEqualTo(1000 - OutputQueue.CAPACITY_BYTES / 100);
    }

    private static byte[] heartbeats(int count) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            bytes.writeBytes(ReferenceCodec.encodeToBytes(i & 0xFF, new Request.Heartbeat()));
        }
        return bytes.toByteArray();
    }
}
