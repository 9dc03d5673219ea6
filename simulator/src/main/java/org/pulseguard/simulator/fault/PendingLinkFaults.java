package org.pulseguard.simulator.fault;

/**
 * Link faults still waiting to act. Immutable.
 *
 * @param drops replies still to drop
 * @param delays replies still to delay
 * @param delayMillis the delay
 * @param corruptions replies still to corrupt
 * @param duplicates replies still to duplicate
 * @param splits replies still to split
 * @param splitGapMillis the gap between pieces
 * @param truncations replies still to cut short
 * @param muted whether the device is muted
 */
public record PendingLinkFaults(int drops, int delays, long delayMillis, int corruptions, int duplicates, int splits,
                                long splitGapMillis, int truncations, boolean muted) {
}
