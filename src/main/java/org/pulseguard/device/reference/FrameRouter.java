package org.pulseguard.device.reference;

import org.pulseguard.device.DeviceException;
import org.pulseguard.protocol.reference.DecodeResult;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.WireCause;
import org.pulseguard.protocol.reference.Frame;
import org.pulseguard.protocol.reference.FrameDecoder;
import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.protocol.reference.Nak;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.ReferenceMessage;
import org.pulseguard.protocol.reference.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes what the decoder finds on one link (docs/protocol/reference-laser.md sections 2.1, 4, 5.4):
 * replies to their outstanding request or the stray count, events through duplicate and gap
 * checks to the driver, a NAK from the unit to a resend of every unanswered request, a CRC mismatch
 * to a NAK of our own. Not thread-safe: only the link's reader thread calls it.
 */
final class FrameRouter implements FrameDecoder.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(FrameRouter.class);

    /** Where the router sends bytes (NAKs, resends); failures are the link's business. */
    interface Wire {
        void send(byte[] bytes, String what);
    }

    private final String linkName;
    private final PendingRequests pending;
    private final ReferenceLinkCounters counters;
    private final LinkListener listener;
    private final Wire wire;
    private final EventSequence events = new EventSequence();

    FrameRouter(String linkName, PendingRequests pending, ReferenceLinkCounters counters, LinkListener listener, Wire wire) {
        this.linkName = linkName;
        this.pending = pending;
        this.counters = counters;
        this.listener = listener;
        this.wire = wire;
    }

    @Override
    public void onFrame(Frame frame) {
        DecodeResult result = ReferenceCodec.decode(frame);
        if (result instanceof DecodeResult.Malformed malformed) {
            onMalformed(malformed);
            return;
        }
        ReferenceMessage message = ((DecodeResult.Decoded) result).message();
        if (message instanceof Reply reply) {
            onReply(frame.sequence(), reply);
        } else if (message instanceof Event event) {
            onEvent(frame.sequence(), event);
        } else if (message instanceof Nak) {
            onNak();
        } else {
            counters.malformedFrames.incrementAndGet();
            LOG.warn("Link {}: unit sent a request ({}, seq {}); dropped", linkName, message.type(), frame.sequence());
        }
    }

    @Override
    public void onCrcMismatch(int sequence, int type) {
        counters.crcErrors.incrementAndGet();
        if (type == MessageType.NAK.code()) {
            return; // section 5.4: a NAK is never answered with a NAK
        }
        counters.naksSent.incrementAndGet();
        LOG.debug("Link {}: CRC mismatch (seq {} as read); sending NAK", linkName, sequence);
        wire.send(ReferenceCodec.encodeToBytes(sequence, new Nak(Nak.CRC_MISMATCH)), "NAK");
    }

    private void onReply(int sequence, Reply reply) {
        if (!pending.accept(sequence, reply)) {
            counters.strayReplies.incrementAndGet();
            LOG.debug("Link {}: stray {} (seq {}) discarded", linkName, reply.type(), sequence);
        }
    }

    private void onEvent(int sequence, Event event) {
        int missed = events.accept(sequence);
        if (missed == EventSequence.DUPLICATE) {
            counters.duplicateEvents.incrementAndGet();
            LOG.debug("Link {}: duplicate event {} (seq {}) dropped", linkName, event.type(), sequence);
            return;
        }
        if (missed > 0 && restarted(sequence, event)) {
            LOG.warn("Link {}: unit restarted (event numbering back at 0 with a power-up state change); no event lost", linkName);
        } else if (missed > 0) {
            counters.lostEvents.addAndGet(missed);
            LOG.warn("Link {}: {} event(s) lost before seq {}", linkName, missed, sequence);
            listener.onEventsMissed(missed);
        }
        listener.onEvent(event);
    }

    /** A rebooted unit numbers its events from 0 again, a power-up state change first (section 9, points 1 and 17). */
    private static boolean restarted(int sequence, Event event) {
        return sequence == 0 && event instanceof Event.StateChanged change && change.cause() == WireCause.POWER;
    }

    private void onNak() {
        counters.naksReceived.incrementAndGet();
        for (PendingRequest request : pending.unanswered()) {
            LOG.debug("Link {}: NAK received; resending {}", linkName, request.describe());
            wire.send(request.bytes(), request.describe());
        }
    }

    private void onMalformed(DecodeResult.Malformed malformed) {
        counters.malformedFrames.incrementAndGet();
        LOG.warn("Link {}: malformed frame type 0x{} seq {}: {}", linkName, Integer.toHexString(malformed.type()),
                malformed.sequence(), malformed.reason());
        pending.failIfExpecting(malformed.sequence(), malformed.type(), new DeviceException(
                DeviceException.Reason.PROTOCOL_ERROR, "malformed reply (seq " + malformed.sequence() + "): "
                + malformed.reason()));
    }
}
