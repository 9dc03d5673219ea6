package org.pulseguard.simulator.link;

import org.pulseguard.simulator.fault.PendingLinkFaults;

/**
 * What the protocol server has seen and done since it started. Immutable.
 *
 * @param requestsReceived CRC-valid requests (duplicates and malformed ones included)
 * @param duplicateRequests requests answered from the reply cache without executing
 * @param malformedRequests CRC-valid frames refused UNKNOWN_COMMAND or BAD_PAYLOAD
 * @param crcMismatches frames that failed their CRC
 * @param naksSent NAKs sent
 * @param naksReceived NAKs received from the host
 * @param repliesSent reply transmissions written (resends and duplicates included)
 * @param eventsSent events written
 * @param framesSuppressed replies, events and NAKs not sent because the device was muted or the link down
 * @param bytesReceived bytes read from the endpoint
 * @param bytesSent bytes written to the endpoint
 * @param bytesIgnored bytes read while muted and thrown away
 * @param outputBuffer what waits for the line now and how many transmissions were dropped because it was full
 * @param linkUp whether the endpoint is up
 * @param endpoint the endpoint's description
 * @param pendingFaults link faults still waiting to act
 */
public record SimulatorLinkStatistics(long requestsReceived, long duplicateRequests, long malformedRequests, long crcMismatches,
                             long naksSent, long naksReceived, long repliesSent, long eventsSent, long framesSuppressed,
                             long bytesReceived, long bytesSent, long bytesIgnored,
                             SimulatorOutputBuffer outputBuffer, boolean linkUp, String endpoint,
                             PendingLinkFaults pendingFaults) {
}
