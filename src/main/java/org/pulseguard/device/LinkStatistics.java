package org.pulseguard.device;

/**
 * Counts of what went wrong on the link to a unit since the driver was created (across
 * reconnects). Immutable snapshot, thread-safe.
 *
 * @param retries requests sent again after a reply timeout (same sequence number and bytes)
 * @param timeouts requests given up after every retry
 * @param strayReplies replies discarded: late, duplicated, or not matching an outstanding request
 * @param crcErrors received frames that failed their CRC
 * @param naksSent NAKs sent for those frames
 * @param naksReceived NAKs received from the unit
 * @param duplicateEvents events dropped because they repeated the last event's sequence number
 * @param lostEvents events the unit sent that never arrived (sequence gaps)
 * @param malformedFrames frames with a valid CRC whose content broke the protocol
 */
public record LinkStatistics(long retries, long timeouts, long strayReplies, long crcErrors, long naksSent,
                             long naksReceived, long duplicateEvents, long lostEvents, long malformedFrames) {
}
