package org.pulseguard.device.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventSequenceTest {
    private final EventSequence events = new EventSequence();

    @Test
    void accept_firstEventAnyNumber_missesNothing() {
        assertThat(events.accept(200)).isZero();
    }

    @Test
    void accept_sameNumberAsLast_isDuplicate() {
        // Given
        events.accept(7);
        // When / Then
        assertThat(events.accept(7)).isEqualTo(EventSequence.DUPLICATE);
        assertThat(events.accept(8)).isZero();
    }

    @Test
    void accept_gapAcrossTheWrap_countsTheMissedEvents() {
        // Given
        events.accept(254);
        // When / Then: 255 and 0 missed
        assertThat(events.accept(1)).isEqualTo(2);
    }

    @Test
    void accept_consecutiveAcrossTheWrap_missesNothing() {
        // Given
        events.accept(255);
        // When / Then
        assertThat(events.accept(0)).isZero();
    }
}
