package org.pulseguard.simulator.threads;

import org.pulseguard.simulator.ReferenceLaserSimulator;
import org.pulseguard.simulator.SimulatorConfig;
import org.pulseguard.simulator.endpoint.InMemoryEndpoint;

/**
 * A process for {@link SimulatorThreadsTest}: a simulator set up as {@code pulseguard sim} sets it up,
 * whose reader thread dies of an OutOfMemoryError on its first read. Exits 0 only if the process
 * outlives the dead thread by 20 s (the defect).
 */
public final class ReaderDiesOfOutOfMemory {
    private ReaderDiesOfOutOfMemory() { }

    public static void main(String[] args) throws Exception {
        SimulatorThreads.endProcessOnThreadDeath(System.err);
        InMemoryEndpoint endpoint = new InMemoryEndpoint();
        endpoint.failNextRead(new OutOfMemoryError("Java heap space"));
        new ReferenceLaserSimulator(SimulatorConfig.builder().pacing(false).build()).start(endpoint);
        Thread.sleep(20_000);
        System.exit(0);
    }
}
