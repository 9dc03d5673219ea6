package org.pulseguard.simulator.link;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pulseguard.protocol.reference.Frame;
import org.pulseguard.protocol.reference.Reply;

/**
 * The replies to the 16 most recent requests (section 4): a request frame whose SEQ, TYPE and
 * PAYLOAD equal a remembered one is a duplicate and gets the remembered reply again without being
 * executed. Lost on reboot. Thread-safe.
 */
final class ReplyCache {
    static final int CAPACITY = 16;

    private final Map<Frame, Reply> entries = new LinkedHashMap<>(32, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Frame, Reply> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The remembered reply to {@code request}, or null. */
    synchronized Reply lookup(Frame request) {
        return entries.get(request);
    }

    synchronized void remember(Frame request, Reply reply) {
        entries.put(request, reply);
    }

    synchronized void clear() {
        entries.clear();
    }
}
