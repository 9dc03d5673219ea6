package org.pulseguard.simulator.link;

import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;

/**
 * Told what the protocol server receives and sends, for a person watching the simulator or a
 * test recording it. The request/reply/event/NAK methods are the reference protocol's; the line
 * methods are the text dialects'; {@link #frameRejected} and {@link #linkChanged} are everyone's. Called on the simulator's reader and writer threads: implementations must be
 * quick and must not throw (a throwing listener is logged and ignored).
 */
public interface LinkListener {

    /** A CRC-valid request arrived; {@code duplicate} if it was answered from the reply cache. */
    default void requestReceived(int sequence, Request request, boolean duplicate) { }

    /** A reply (or refusal) was written to the endpoint (also for resends). */
    default void replySent(int sequence, Reply reply) { }

    /** An event was written to the endpoint. */
    default void eventSent(int sequence, Event event) { }

    /** The host sent a NAK; the most recent reply is sent again. */
    default void nakReceived(int sequence) { }

    /** A frame was rejected: a CRC mismatch (answered with a NAK) or a malformed request (refused). */
    default void frameRejected(String reason) { }

    /** The link changed: cut, restored, a new peer attached. */
    default void linkChanged(String description) { }

    /**
     * A command line of a text dialect (Big Sky, Quanta-Ray) arrived and was read, whatever the
     * unit made of it; {@code line} is printable ASCII without its terminator.
     */
    default void lineReceived(String line) { }

    /** A reply of a text dialect was written (also each resend of a duplicated reply), escaped for printing. */
    default void lineReplySent(String reply) { }
}
