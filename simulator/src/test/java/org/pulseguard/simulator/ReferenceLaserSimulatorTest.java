package org.pulseguard.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.simulator.control.SimulatorObserver;
import org.pulseguard.simulator.endpoint.InMemoryEndpoint;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.link.SimulatorHarness;

/** The facade's life cycle and observer hook. */
class ReferenceLaserSimulatorTest {

    @Test
    void observer_seesRequestsRepliesEventsAndFaults() throws Exception {
        try (SimulatorHarness sim = new SimulatorHarness()) {
            // Given an observer that writes down what it is told
            List<String> seen = new CopyOnWriteArrayList<>();
            sim.simulator.addObserver(new SimulatorObserver() {
                @Override
                public void requestReceived(int sequence, Request request, boolean duplicate) {
                    seen.add("request " + sequence + " " + request.type());
                }

                @Override
                public void replySent(int sequence, Reply reply) {
                    seen.add("reply " + sequence + " " + reply.type());
                }

                @Override
                public void eventSent(int sequence, Event event) {
                    seen.add("event " + sequence + " " + event.type());
                }

                @Override
                public void faultExercised(FaultKind kind, String detail) {
                    seen.add("fault " + kind);
                }
            });
            // When a request, a footswitch press and a reboot happen
            sim.send(3, new Request.Heartbeat());
            sim.awaitReply(3);
            sim.control().pressFootswitch();
            await().until(() -> seen.contains("event 1 FOOTSWITCH_CHANGED"));
            sim.control().reboot();
            // Then each was observed, the power-up event after the reboot numbered 0 again
            await().until(() -> seen.contains("event 0 STATE_CHANGED"));
            assertThat(seen).contains("request 3 HEARTBEAT", "reply 3 HEARTBEAT_DONE", "fault REBOOT");
        }
    }

    @Test
    void close_stopsEveryThreadItStarted_andIsIdempotent() throws Exception {
        // Given a simulator with its own ticker and a control server
        ReferenceLaserSimulator simulator = new ReferenceLaserSimulator(SimulatorConfig.defaults());
        simulator.start(new InMemoryEndpoint());
        simulator.startControlServer(0);
        assertThat(simulatorThreads()).isNotEmpty().allMatch(Thread::isDaemon);
        // When it is closed twice
        simulator.close();
        simulator.close();
        // Then no simulator thread is left
        await().until(() -> simulatorThreads().isEmpty());
    }

    @Test
    void lifecycle_misuse_isRefused() throws Exception {
        ReferenceLaserSimulator simulator = new ReferenceLaserSimulator(SimulatorConfig.defaults());
        assertThatThrownBy(simulator::control).isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");
        simulator.start(new InMemoryEndpoint());
        assertThatThrownBy(() -> simulator.start(new InMemoryEndpoint())).isInstanceOf(IllegalStateException.class);
        simulator.close();
        assertThatThrownBy(() -> simulator.start(new InMemoryEndpoint())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void config_badValues_areRefusedNamingTheField() {
        assertThatThrownBy(() -> SimulatorConfig.builder().watchdogPeriod(java.time.Duration.ZERO).build())
                .hasMessageContaining("watchdogPeriod");
        assertThatThrownBy(() -> SimulatorConfig.builder().serial("x".repeat(40)).build()).hasMessageContaining("serial");
        assertThatThrownBy(() -> SimulatorConfig.builder().noiseSigma(-1).build()).hasMessageContaining("noiseSigma");
    }

    private static List<Thread> simulatorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("pulseguard-sim") && t.isAlive()).toList();
    }
}
