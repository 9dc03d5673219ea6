package org.pulseguard.simulator.link;

import org.pulseguard.protocol.reference.DecodeResult;
import org.pulseguard.protocol.reference.Frame;
import org.pulseguard.protocol.reference.FrameDecoder;
import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.protocol.reference.Nak;
import org.pulseguard.protocol.reference.ProtocolException;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.ReferenceMessage;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireError;
import org.pulseguard.simulator.model.SimulatedLaser;

/**
 * The device's receive side (sections 2.1, 4, 5.4): CRC mismatch answered by a NAK (never a NAK
 * for a NAK), a host NAK repeats the most recent reply, a duplicate (same SEQ, TYPE, PAYLOAD as one
 * of the 16 most recent requests) gets its remembered reply without executing, an unknown type is
 * refused UNKNOWN_COMMAND, a known request with a bad payload BAD_PAYLOAD, anything else executes.
 *
 * <p>Not thread-safe except {@link #forgetReplies()}: the reader thread alone feeds it.
 */
final class RequestDispatcher {
    private final SimulatedLaser laser;
    private final Outbox outbox;
    private final SimulatorLinkCounters counters;
    private final LinkListener listener;
    private final ReplyCache cache = new ReplyCache();
    private final FrameDecoder decoder;

    RequestDispatcher(SimulatedLaser laser, Outbox outbox, SimulatorLinkCounters counters, LinkListener listener) {
        this.laser = laser;
        this.outbox = outbox;
        this.counters = counters;
        this.listener = listener;
        this.decoder = new FrameDecoder(new FrameDecoder.Listener() {
            @Override
            public void onFrame(Frame frame) {
                handle(frame);
            }

            @Override
            public void onCrcMismatch(int sequence, int type) {
                crcMismatch(sequence, type);
            }
        });
    }

    void feed(byte[] buffer, int count) {
        decoder.feed(buffer, 0, count);
    }

    void resetDecoder() {
        decoder.reset();
    }

    /** Reboot: the reply cache is volatile. */
    void forgetReplies() {
        cache.clear();
    }

    private void crcMismatch(int sequence, int type) {
        counters.crcMismatches.incrementAndGet();
        listener.frameRejected(String.format("CRC mismatch (seq %d, type 0x%02X as read)", sequence, type));
        if (type != MessageType.NAK.code()) {
            outbox.nak(sequence);
        }
    }

    private void handle(Frame frame) {
        DecodeResult result = ReferenceCodec.decode(frame);
        if (result instanceof DecodeResult.Malformed malformed) {
            refuseMalformed(frame, malformed);
            return;
        }
        ReferenceMessage message = ((DecodeResult.Decoded) result).message();
        if (message instanceof Nak) {
            counters.naksReceived.incrementAndGet();
            listener.nakReceived(frame.sequence());
            outbox.resendLastReply();
        } else if (message instanceof Request request) {
            execute(frame, request);
        } else {
            refuse(frame, WireError.UNKNOWN_COMMAND, message.type() + " is not a request");
        }
    }

    private void execute(Frame frame, Request request) {
        counters.requestsReceived.incrementAndGet();
        if (request instanceof Request.Identify) {
            // A host identifies first on every connect; a restarted host must not be answered from
            // the previous host's replies (docs/protocol/reference-laser.md section 9).
            cache.clear();
        }
        Reply cached = cache.lookup(frame);
        listener.requestReceived(frame.sequence(), request, cached != null);
        if (cached != null) {
            counters.duplicateRequests.incrementAndGet();
            outbox.reply(frame.sequence(), cached);
            return;
        }
        laser.execute(request, reply -> {
            cache.remember(frame, reply);
            outbox.reply(frame.sequence(), reply);
        });
    }

    private void refuseMalformed(Frame frame, DecodeResult.Malformed malformed) {
        if (frame.type() == MessageType.NAK.code()) {
            listener.frameRejected("malformed NAK ignored: " + malformed.reason());
            return;
        }
        WireError error = isRequestType(frame.type()) ? WireError.BAD_PAYLOAD : WireError.UNKNOWN_COMMAND;
        refuse(frame, error, malformed.reason());
    }

    private void refuse(Frame frame, WireError error, String reason) {
        counters.requestsReceived.incrementAndGet();
        counters.malformedRequests.incrementAndGet();
        listener.frameRejected(String.format("type 0x%02X refused %s: %s", frame.type(), error, reason));
        Reply refusal = new Reply.Refused(frame.type(), error);
        cache.remember(frame, refusal);
        outbox.reply(frame.sequence(), refusal);
    }

    private static boolean isRequestType(int type) {
        try {
            return MessageType.fromCode(type).isRequest();
        } catch (ProtocolException unknown) {
            return false;
        }
    }
}
