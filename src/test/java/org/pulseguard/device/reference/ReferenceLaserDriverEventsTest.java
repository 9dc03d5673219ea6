package org.pulseguard.device.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.WireCause;
import org.pulseguard.protocol.reference.WireFault;
import org.pulseguard.protocol.reference.WireInterlock;
import org.pulseguard.protocol.reference.WireState;
import org.pulseguard.quantity.PulseEnergy;

class ReferenceLaserDriverEventsTest extends DriverTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @BeforeEach
    void connect() throws DeviceException {
        driver.connect();
    }

    @Test
    void events_fromUnit_areMappedAndDeliveredInOrderOnTheDispatchThread() {
        // Given / When
        laser.sendEvent(new Event.StateChanged(WireState.READY, WireState.EMISSION, WireCause.FOOTSWITCH));
        for (int pulse = 1; pulse <= 100; pulse++) {
            laser.sendEvent(new Event.Pulse(1_000 + pulse, pulse, 399_000 + pulse));
        }
        laser.sendEvent(new Event.InterlocksChanged(WireInterlock.COVER.mask()));
        laser.sendEvent(new Event.FaultChanged(WireFault.INTERLOCK_OPENED));
        laser.sendEvent(new Event.FootswitchChanged(false));
        // Then
        await().atMost(WAIT).until(() -> listener.events.size() == 104);
        assertThat(listener.events.get(0)).isEqualTo(new DeviceEvent.StateChanged(NOW, LaserState.READY,
                LaserState.EMISSION, StateChangeCause.FOOTSWITCH));
        List<DeviceEvent.PulseEmitted> pulses = listener.ofType(DeviceEvent.PulseEmitted.class);
        assertThat(pulses).extracting(DeviceEvent.PulseEmitted::userPulse)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList());
        assertThat(pulses.get(0)).isEqualTo(new DeviceEvent.PulseEmitted(NOW, 1_001, 1, new PulseEnergy(399_001)));
        assertThat(listener.events.subList(101, 104)).containsExactly(
                new DeviceEvent.InterlocksChanged(NOW, java.util.Set.of(Interlock.COVER)),
                new DeviceEvent.FaultChanged(NOW, DeviceFault.INTERLOCK_OPENED, "FAULT_CHANGED fault code 3"),
                new DeviceEvent.FootswitchChanged(NOW, false));
        assertThat(listener.threads).allMatch(name -> name.equals("pulseguard-events-" + laser.portName()));
    }

    @Test
    void event_sameSequenceTwice_isDeliveredOnceAndCounted() {
        // Given
        laser.sendEvent(5, new Event.FootswitchChanged(true));
        laser.sendEvent(5, new Event.FootswitchChanged(true));
        laser.sendEvent(6, new Event.FootswitchChanged(false));
        // Then
        await().atMost(WAIT).until(() -> listener.events.size() == 2);
        assertThat(listener.ofType(DeviceEvent.FootswitchChanged.class))
                .extracting(DeviceEvent.FootswitchChanged::pressed).containsExactly(true, false);
        assertThat(driver.linkStatistics().duplicateEvents()).isEqualTo(1);
    }

    @Test
    void event_sequenceGap_reportsEventsMissedBeforeTheEventThatRevealedIt() {
        // Given events 10, then 14 (11..13 lost)
        laser.sendEvent(10, new Event.FootswitchChanged(true));
        laser.sendEvent(14, new Event.FootswitchChanged(false));
        // Then
        await().atMost(WAIT).until(() -> listener.events.size() == 3);
        assertThat(listener.events.get(1)).isEqualTo(new DeviceEvent.EventsMissed(NOW, 3));
        assertThat(listener.events.get(2)).isInstanceOf(DeviceEvent.FootswitchChanged.class);
        assertThat(driver.linkStatistics().lostEvents()).isEqualTo(3);
    }

    @Test
    void event_sequenceWrapsFrom255To0_isNoGap() {
        // Given
        laser.sendEvent(255, new Event.FootswitchChanged(true));
        laser.sendEvent(0, new Event.FootswitchChanged(false));
        // Then
        await().atMost(WAIT).until(() -> listener.events.size() == 2);
        assertThat(listener.ofType(DeviceEvent.EventsMissed.class)).isEmpty();
    }

    @Test
    void listener_slow_neverStallsTheLinkOrCommands() throws Exception {
        // Given a listener blocked until released
        CountDownLatch release = new CountDownLatch(1);
        driver.addListener(event -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        laser.sendEvent(new Event.FootswitchChanged(true));
        // When a command runs while the listener is still blocked
        LaserState state = driver.status().state();
        // Then
        assertThat(state).isEqualTo(LaserState.STANDBY);
        release.countDown();
        await().atMost(WAIT).until(() -> listener.events.size() == 1);
    }

    @Test
    void listener_throwing_doesNotStopDeliveryToLaterEventsOrListeners() {
        // Given a listener that always throws, added before the recording one
        driver.removeListener(listener);
        driver.addListener(event -> {
            throw new IllegalStateException("listener bug");
        });
        driver.addListener(listener);
        // When
        laser.sendEvent(new Event.FootswitchChanged(true));
        laser.sendEvent(new Event.FootswitchChanged(false));
        // Then
        await().atMost(WAIT).until(() -> listener.events.size() == 2);
    }

    @Test
    void event_malformed_isCountedAndShowsAsAMissedEvent() {
        // Given event 1, a malformed event 2 (fault code 9), then event 3
        laser.sendEvent(1, new Event.FootswitchChanged(true));
        laser.sendRaw(new org.pulseguard.protocol.reference.Frame(2, 0x44, new byte[] {9}).toBytes());
        laser.sendEvent(3, new Event.FootswitchChanged(false));
        // Then
        await().atMost(WAIT).until(() -> listener.events.size() == 3);
        assertThat(listener.events.get(1)).isEqualTo(new DeviceEvent.EventsMissed(NOW, 1));
        assertThat(driver.linkStatistics().malformedFrames()).isEqualTo(1);
    }
}
