package org.pulseguard.simulator.link;

import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wraps a {@link LinkListener} so that a throwing listener is logged and never stops a simulator thread. */
final class SafeLinkListener implements LinkListener {
    private static final Logger LOG = LoggerFactory.getLogger(SafeLinkListener.class);

    private final LinkListener delegate;

    SafeLinkListener(LinkListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void requestReceived(int sequence, Request request, boolean duplicate) {
        guard(() -> delegate.requestReceived(sequence, request, duplicate));
    }

    @Override
    public void replySent(int sequence, Reply reply) {
        guard(() -> delegate.replySent(sequence, reply));
    }

    @Override
    public void eventSent(int sequence, Event event) {
        guard(() -> delegate.eventSent(sequence, event));
    }

    @Override
    public void nakReceived(int sequence) {
        guard(() -> delegate.nakReceived(sequence));
    }

    @Override
    public void frameRejected(String reason) {
        guard(() -> delegate.frameRejected(reason));
    }

    @Override
    public void linkChanged(String description) {
        guard(() -> delegate.linkChanged(description));
    }

    @Override
    public void lineReceived(String line) {
        guard(() -> delegate.lineReceived(line));
    }

    @Override
    public void lineReplySent(String reply) {
        guard(() -> delegate.lineReplySent(reply));
    }

    private static void guard(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("simulator listener failed", e);
        }
    }
}
