package org.pulseguard.simulator.link;

/**
 * The simulator's output buffer at one moment, as a UART driver would report its transmit buffer.
 * Immutable.
 *
 * @param queuedBytes bytes waiting for the line now
 * @param capacityBytes the most bytes it holds; a transmission that does not fit is dropped
 * @param overruns transmissions dropped because the buffer was full (a host writing faster than the
 *     line can answer, or never reading)
 */
public record SimulatorOutputBuffer(long queuedBytes, long capacityBytes, long overruns) {

    /** An empty buffer with no overruns (for a snapshot made without a link). */
    public static SimulatorOutputBuffer empty() {
        return new SimulatorOutputBuffer(0, OutputQueue.CAPACITY_BYTES, 0);
    }
}
