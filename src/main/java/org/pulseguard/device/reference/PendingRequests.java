package org.pulseguard.device.reference;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.pulseguard.device.DeviceException;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;

/**
 * The requests of one link that await replies, keyed by sequence number. Thread-safe: requesting
 * threads register and remove, the reader accepts replies, link loss fails them all.
 */
final class PendingRequests {
    private final Map<Integer, PendingRequest> bySequence = new ConcurrentHashMap<>();
    private final AtomicInteger nextSequence;

    /** @param nextSequence the driver's sequence counter, shared across reconnects */
    PendingRequests(AtomicInteger nextSequence) {
        this.nextSequence = nextSequence;
    }

    /** Gives {@code request} the next sequence number not in use (0..255, wrapping) and registers it. */
    PendingRequest register(Request request) {
        for (int tries = 0; tries < 256; tries++) {
            int sequence = nextSequence.getAndIncrement() & 0xFF;
            PendingRequest pending = new PendingRequest(sequence, request);
            if (bySequence.putIfAbsent(sequence, pending) == null) {
                return pending;
            }
        }
        throw new IllegalStateException("all 256 sequence numbers are awaiting replies");
    }

    /**
     * Hands {@code reply} to the request outstanding under {@code sequence} if it is that request's
     * answer (section 4). Each request accepts one reply; later copies are refused.
     *
     * @return true when accepted, false for a stray reply
     */
    boolean accept(int sequence, Reply reply) {
        PendingRequest pending = bySequence.get(sequence);
        if (pending == null || !pending.accepts(reply) || !bySequence.remove(sequence, pending)) {
            return false;
        }
        pending.complete(reply);
        return true;
    }

    /** Fails the request outstanding under {@code sequence} if a frame of {@code typeCode} would answer it. */
    boolean failIfExpecting(int sequence, int typeCode, DeviceException failure) {
        PendingRequest pending = bySequence.get(sequence);
        if (pending == null || !pending.expectsType(typeCode) || !bySequence.remove(sequence, pending)) {
            return false;
        }
        pending.fail(failure);
        return true;
    }

    /** Requests still waiting for their reply. */
    List<PendingRequest> unanswered() {
        return bySequence.values().stream().filter(p -> !p.isAnswered()).toList();
    }

    void remove(PendingRequest pending) {
        bySequence.remove(pending.sequence(), pending);
    }

    /** Fails every outstanding request with {@code failure} and forgets them. */
    void failAll(DeviceException failure) {
        for (PendingRequest pending : List.copyOf(bySequence.values())) {
            if (bySequence.remove(pending.sequence(), pending)) {
                pending.fail(failure);
            }
        }
    }
}
