package org.pulseguard.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkStatisticsTest {

    @Test
    void builder_eachNamedCount_landsInItsOwnAccessorAndGroup() {
        // When every count is set to a different value
        LinkStatistics statistics = LinkStatistics.builder().retries(1).timeouts(2).strayReplies(3).crcErrors(4)
                .naksSent(5).naksReceived(6).malformedFrames(7).implausibleReadings(8).duplicateEvents(9)
                .lostEvents(10).build();
        // Then none took another's place
        assertThat(statistics.requests()).isEqualTo(new LinkStatistics.Requests(1, 2, 3));
        assertThat(statistics.frames()).isEqualTo(new LinkStatistics.Frames(4, 5, 6, 7, 8));
        assertThat(statistics.events()).isEqualTo(new LinkStatistics.Events(9, 10));
        assertThat(new long[] {statistics.retries(), statistics.timeouts(), statistics.strayReplies(),
                statistics.crcErrors(), statistics.naksSent(), statistics.naksReceived(), statistics.malformedFrames(),
                statistics.implausibleReadings(), statistics.duplicateEvents(), statistics.lostEvents()})
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void none_andAnEmptyBuilder_areAllZero() {
        assertThat(LinkStatistics.builder().build()).isEqualTo(LinkStatistics.NONE);
        assertThat(LinkStatistics.NONE.frames()).isEqualTo(LinkStatistics.Frames.none());
    }
}
