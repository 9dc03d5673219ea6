package org.pulseguard.device.polled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceEventDispatcher;

class PulseCounterTest {

    @Test
    void observe_risesAfterTheBaseline_reportsEachRunOfPulsesOnce() {
        // Given
        EventRecorder events = new EventRecorder();
        DeviceEventDispatcher dispatcher = new DeviceEventDispatcher("test-events");
        dispatcher.add(events);
        PulseCounter counter = new PulseCounter(dispatcher, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), "test");
        // When
        counter.observe(100);
        counter.observe(100);
        counter.observe(105);
        counter.observe(3);
        counter.observe(4);
        dispatcher.close();
        // Then: no event for the baseline, none for a counter that went down
        assertThat(events.ofType(DeviceEvent.PulsesCounted.class)).containsExactly(
                new DeviceEvent.PulsesCounted(Instant.EPOCH, 101, 105), new DeviceEvent.PulsesCounted(Instant.EPOCH, 4, 4));
    }

    @Test
    void pulsesCounted_emptyOrBackwardRun_isRejected() {
        // When / Then
        assertThatThrownBy(() -> new DeviceEvent.PulsesCounted(Instant.EPOCH, 5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeviceEvent.PulsesCounted(Instant.EPOCH, 0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DeviceEvent.PulsesCounted(Instant.EPOCH, 7, 9).count()).isEqualTo(3);
    }
}
