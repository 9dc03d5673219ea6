package org.pulseguard.simulator.link;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import org.pulseguard.protocol.reference.DecodeResult;
import org.pulseguard.protocol.reference.Frame;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.ReferenceMessage;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.simulator.ReferenceLaserSimulator;
import org.pulseguard.simulator.SimulatorConfig;
import org.pulseguard.simulator.control.SimulatorControl;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.endpoint.InMemoryEndpoint;
import org.pulseguard.simulator.model.FakeClock;

/**
 * A started simulator on an in-memory endpoint and a fake clock (warm-up done), with the host's
 * side: send requests, wait for frames. Close it after the test.
 */
public final class SimulatorHarness implements AutoCloseable {
    public final FakeClock clock = new FakeClock();
    public final InMemoryEndpoint endpoint = new InMemoryEndpoint();
    public final ReferenceLaserSimulator simulator;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();

    public SimulatorHarness() throws EndpointException {
        this(SimulatorConfig.builder().pacing(false).build());
    }

    public SimulatorHarness(SimulatorConfig config) throws EndpointException {
        simulator = new ReferenceLaserSimulator(config, clock, ticker).start(endpoint);
    }

    /** Moves past the 3 s warm-up and waits for STANDBY. */
    public SimulatorHarness warmedUp() {
        clock.advanceMillis(3000);
        awaitMessage(m -> m instanceof org.pulseguard.protocol.reference.Event.StateChanged s
                && s.to() == org.pulseguard.protocol.reference.WireState.STANDBY);
        return this;
    }

    public SimulatorControl control() {
        return simulator.control();
    }

    /** Sends {@code request} with {@code sequence}; returns its bytes. */
    public byte[] send(int sequence, Request request) {
        byte[] bytes = ReferenceCodec.encodeToBytes(sequence, request);
        endpoint.hostSends(bytes);
        return bytes;
    }

    /** Waits (up to 2 s) for a frame matching {@code test} and returns it. */
    public Frame awaitFrame(Predicate<Frame> test) {
        return await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(2))
                .until(() -> endpoint.hostFrames().stream().filter(test).findFirst().orElse(null),
                        java.util.Objects::nonNull);
    }

    /** Waits for the reply to {@code sequence} (a frame of type 0x80..0xFF with that SEQ) and decodes it. */
    public ReferenceMessage awaitReply(int sequence) {
        return decode(awaitFrame(f -> f.sequence() == sequence && f.type() >= 0x80));
    }

    /** Waits for a decoded message matching {@code test}. */
    public ReferenceMessage awaitMessage(Predicate<ReferenceMessage> test) {
        return decode(awaitFrame(f -> test.test(decode(f))));
    }

    /** All frames so far with their decoded messages. */
    public List<Frame> frames() {
        return endpoint.hostFrames();
    }

    public static ReferenceMessage decode(Frame frame) {
        return ((DecodeResult.Decoded) ReferenceCodec.decode(frame)).message();
    }

    @Override
    public void close() {
        simulator.close();
        ticker.shutdownNow();
    }
}
