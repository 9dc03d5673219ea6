package org.pulseguard.device.polled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceEventDispatcher;
import org.pulseguard.device.DeviceException;
import org.pulseguard.quantity.RepetitionRate;

class PulseCounterTest {
    private final EventRecorder events = new EventRecorder();
    private final DeviceEventDispatcher dispatcher = new DeviceEventDispatcher("test-events");
    private final AtomicLong nanos = new AtomicLong();
    private final PolledLinkCounters counters = new PolledLinkCounters();
    /** A 10 Hz unit: at most 10 pulses a second, plus the slack and the margin. */
    private final PulseCounter counter = new PulseCounter(dispatcher, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), "test",
            new CounterPlausibility(new RepetitionRate(10_000)), counters, nanos::get);

    @AfterEach
    void close() {
        dispatcher.close();
    }

    @Test
    void observe_risesAfterTheBaseline_reportsEachRunOfPulsesOnce() throws Exception {
        // Given
        dispatcher.add(events);
        // When
        counter.observe(100);
        counter.observe(100);
        passSeconds(1);
        counter.observe(105);
        passSeconds(1);
        counter.observe(110);
        dispatcher.close();
        // Then: no event for the baseline
        assertThat(events.ofType(DeviceEvent.PulsesCounted.class)).containsExactly(
                new DeviceEvent.PulsesCounted(Instant.EPOCH, 101, 105), new DeviceEvent.PulsesCounted(Instant.EPOCH, 106, 110));
    }

    @Test
    void observe_aJumpNoUnitCouldFireSinceTheLastReading_isAProtocolErrorCountedAndNeverPulses() throws Exception {
        // Given a SHOT? of 123456, then 0.2 s later a *STB? reply (8389376) read in its place
        dispatcher.add(events);
        counter.observe(123_456);
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(200));
        // When / Then
        assertThatThrownBy(() -> counter.observe(8_389_376)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.PROTOCOL_ERROR);
            assertThat(e.getMessage()).contains("123456", "8389376", "10 Hz");
        });
        assertThat(counters.snapshot().implausibleReadings()).isEqualTo(1);
        // And the next true reading counts from the last trusted one
        passSeconds(1);
        counter.observe(123_460);
        dispatcher.close();
        assertThat(events.ofType(DeviceEvent.PulsesCounted.class))
                .containsExactly(new DeviceEvent.PulsesCounted(Instant.EPOCH, 123_457, 123_460));
        assertThat(counter.lastReading()).isEqualTo(123_460);
    }

    @Test
    void observe_aCounterThatGoesDown_isAProtocolError_andTheLastTrustedReadingStays() throws Exception {
        // Given
        counter.observe(9_000_000);
        passSeconds(1);
        // When / Then a lifetime counter never goes down on the same unit
        assertThatThrownBy(() -> counter.observe(8_389_376)).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo(DeviceException.Reason.PROTOCOL_ERROR));
        assertThat(counter.lastReading()).isEqualTo(9_000_000);
    }

    @Test
    void observe_everyPulseTheRateAllowsSinceTheLastReading_isAccepted() throws Exception {
        // Given
        counter.observe(1_000);
        // When the link was down for a minute at 10 Hz
        passSeconds(60);
        counter.observe(1_600);
        // Then
        assertThat(counter.lastReading()).isEqualTo(1_600);
        assertThat(counters.snapshot().implausibleReadings()).isZero();
    }

    @Test
    void pulsesCounted_emptyOrBackwardRun_isRejected() {
        // When / Then
        assertThatThrownBy(() -> new DeviceEvent.PulsesCounted(Instant.EPOCH, 5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeviceEvent.PulsesCounted(Instant.EPOCH, 0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DeviceEvent.PulsesCounted(Instant.EPOCH, 7, 9).count()).isEqualTo(3);
    }

    private void passSeconds(long seconds) {
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }
}
