package org.pulseguard.device.reference;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pulseguard.device.DeviceException;
import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;

/**
 * One request on the wire awaiting its reply: its sequence number, its exact bytes (a retry sends
 * these again unchanged) and the reply once accepted. Thread-safe: the reader completes it, the
 * requesting thread waits on it.
 */
final class PendingRequest {
    private final int sequence;
    private final Request request;
    private final byte[] bytes;
    private final CompletableFuture<Reply> reply = new CompletableFuture<>();

    PendingRequest(int sequence, Request request) {
        this.sequence = sequence;
        this.request = request;
        this.bytes = ReferenceCodec.encodeToBytes(sequence, request);
    }

    int sequence() {
        return sequence;
    }

    Request request() {
        return request;
    }

    /** The bytes of every attempt (a copy). */
    byte[] bytes() {
        return bytes.clone();
    }

    /** Section 4: the reply must be this request's reply type, or a refusal naming this request type. */
    boolean accepts(Reply candidate) {
        if (candidate instanceof Reply.Refused refused) {
            return refused.requestType() == request.type().code();
        }
        return candidate.type() == request.type().replyType();
    }

    /** True when a malformed frame of type {@code typeCode} would have been this request's answer. */
    boolean expectsType(int typeCode) {
        return typeCode == request.type().replyType().code() || typeCode == MessageType.REFUSED.code();
    }

    boolean isAnswered() {
        return reply.isDone();
    }

    void complete(Reply accepted) {
        reply.complete(accepted);
    }

    void fail(DeviceException failure) {
        reply.completeExceptionally(failure);
    }

    /** Waits up to {@code timeout} for the reply; empty when none came in time. */
    Optional<Reply> await(Duration timeout) throws DeviceException {
        try {
            return Optional.of(reply.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            DeviceException failure = (DeviceException) e.getCause();
            throw new DeviceException(failure.reason(), failure.getMessage(), failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(DeviceException.Reason.TIMEOUT,
                    describe() + ": interrupted while waiting for the reply", e);
        }
    }

    /** The request as it appears in messages, for example {@code SET_ENERGY energyMicrojoules=400000 (seq 3)}. */
    String describe() {
        StringBuilder text = new StringBuilder(request.type().name());
        request.fields().forEach((name, value) -> text.append(' ').append(name).append('=').append(value));
        return text.append(" (seq ").append(sequence).append(')').toString();
    }
}
