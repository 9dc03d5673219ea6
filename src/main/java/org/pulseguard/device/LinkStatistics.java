package org.pulseguard.device;

import java.util.Objects;

/**
 * Counts of what went wrong on the link to a unit since the driver was created (across
 * reconnects), in three groups: {@link Requests} (what became of our requests), {@link Frames}
 * (what arrived that could not be used) and {@link Events} (the unit's numbered events). Built
 * with every value named, so that no count can take another's place:
 *
 * <pre>
 *   LinkStatistics.builder().retries(r).timeouts(t).strayReplies(s).malformedFrames(m).build()
 * </pre>
 *
 * Counts not set are 0. Immutable snapshot, thread-safe.
 *
 * @param requests what became of the requests sent
 * @param frames what arrived that could not be used
 * @param events the unit's own numbered events (reference dialect only)
 */
public record LinkStatistics(Requests requests, Frames frames, Events events) {

    /** No trouble at all: every count 0. */
    public static final LinkStatistics NONE = new LinkStatistics(Requests.none(), Frames.none(), Events.none());

    public LinkStatistics {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(frames, "frames");
        Objects.requireNonNull(events, "events");
    }

    /** A builder with every count 0. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * What became of the requests sent.
     *
     * @param retries requests sent again after a reply timeout or an unusable reply (same bytes)
     * @param timeouts requests given up after every retry without any reply
     * @param strayReplies replies discarded: late, duplicated, or not matching an outstanding request
     */
    public record Requests(long retries, long timeouts, long strayReplies) {
        public static Requests none() {
            return new Requests(0, 0, 0);
        }
    }

    /**
     * What arrived that could not be used.
     *
     * @param crcErrors received frames that failed their CRC
     * @param naksSent NAKs sent for those frames
     * @param naksReceived NAKs received from the unit
     * @param malformedFrames replies that arrived but broke the protocol (short, garbled, wrong form)
     * @param implausibleReadings well-formed readings refused because no real unit could give them,
     *     such as a pulse counter that jumped further than the unit's rate allows since the last poll
     */
    public record Frames(long crcErrors, long naksSent, long naksReceived, long malformedFrames,
                         long implausibleReadings) {
        public static Frames none() {
            return new Frames(0, 0, 0, 0, 0);
        }
    }

    /**
     * The unit's own numbered events.
     *
     * @param duplicateEvents events dropped because they repeated the last event's sequence number
     * @param lostEvents events the unit sent that never arrived (sequence gaps)
     */
    public record Events(long duplicateEvents, long lostEvents) {
        public static Events none() {
            return new Events(0, 0);
        }
    }

    /** Requests sent again; see {@link Requests#retries()}. */
    public long retries() {
        return requests.retries();
    }

    /** Requests given up; see {@link Requests#timeouts()}. */
    public long timeouts() {
        return requests.timeouts();
    }

    /** Replies discarded; see {@link Requests#strayReplies()}. */
    public long strayReplies() {
        return requests.strayReplies();
    }

    /** See {@link Frames#crcErrors()}. */
    public long crcErrors() {
        return frames.crcErrors();
    }

    /** See {@link Frames#naksSent()}. */
    public long naksSent() {
        return frames.naksSent();
    }

    /** See {@link Frames#naksReceived()}. */
    public long naksReceived() {
        return frames.naksReceived();
    }

    /** See {@link Frames#malformedFrames()}. */
    public long malformedFrames() {
        return frames.malformedFrames();
    }

    /** See {@link Frames#implausibleReadings()}. */
    public long implausibleReadings() {
        return frames.implausibleReadings();
    }

    /** See {@link Events#duplicateEvents()}. */
    public long duplicateEvents() {
        return events.duplicateEvents();
    }

    /** See {@link Events#lostEvents()}. */
    public long lostEvents() {
        return events.lostEvents();
    }

    /** Names each count as it is set; not thread-safe (use it on one thread, then build). */
    public static final class Builder {
        private long retries;
        private long timeouts;
        private long strayReplies;
        private long crcErrors;
        private long naksSent;
        private long naksReceived;
        private long malformedFrames;
        private long implausibleReadings;
        private long duplicateEvents;
        private long lostEvents;

        private Builder() {
        }

        public Builder retries(long count) {
            retries = count;
            return this;
        }

        public Builder timeouts(long count) {
            timeouts = count;
            return this;
        }

        public Builder strayReplies(long count) {
            strayReplies = count;
            return this;
        }

        public Builder crcErrors(long count) {
            crcErrors = count;
            return this;
        }

        public Builder naksSent(long count) {
            naksSent = count;
            return this;
        }

        public Builder naksReceived(long count) {
            naksReceived = count;
            return this;
        }

        public Builder malformedFrames(long count) {
            malformedFrames = count;
            return this;
        }

        public Builder implausibleReadings(long count) {
            implausibleReadings = count;
            return this;
        }

        public Builder duplicateEvents(long count) {
            duplicateEvents = count;
            return this;
        }

        public Builder lostEvents(long count) {
            lostEvents = count;
            return this;
        }

        public LinkStatistics build() {
            return new LinkStatistics(new Requests(retries, timeouts, strayReplies),
                    new Frames(crcErrors, naksSent, naksReceived, malformedFrames, implausibleReadings),
                    new Events(duplicateEvents, lostEvents));
        }
    }
}
