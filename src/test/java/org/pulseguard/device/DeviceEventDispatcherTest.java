package org.pulseguard.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The dispatcher's queue is bounded and an overflow is never silent: it becomes an EventsMissed. */
class DeviceEventDispatcherTest {
    private static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void overflow_whileTheListenerIsStuck_isDeliveredAsEventsMissedWithTheCountLost() throws Exception {
        // Given: a dispatcher holding 4 events whose listener is stuck on the first one
        List<DeviceEvent> delivered = new CopyOnWriteArrayList<>();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (DeviceEventDispatcher dispatcher = new DeviceEventDispatcher("test-events", 4)) {
            dispatcher.add(event -> {
                delivered.add(event);
                inside.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            dispatcher.dispatch(new DeviceEvent.FootswitchChanged(AT, true));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            // When: 4 events fill the queue and 3 more find it full
            for (int i = 0; i < 7; i++) {
                dispatcher.dispatch(new DeviceEvent.FootswitchChanged(AT.plusMillis(i + 1), i % 2 == 0));
            }
            release.countDown();
            // Then: the 3 lost events are reported, before anything after them
            await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 6);
            assertThat(delivered.get(1)).isInstanceOf(DeviceEvent.EventsMissed.class);
            assertThat(((DeviceEvent.EventsMissed) delivered.get(1)).count()).isEqualTo(3);
            assertThat(delivered.subList(2, 6)).allMatch(e -> e instanceof DeviceEvent.FootswitchChanged);
            assertThat(dispatcher.eventsLost()).isEqualTo(3);
        }
    }
}
