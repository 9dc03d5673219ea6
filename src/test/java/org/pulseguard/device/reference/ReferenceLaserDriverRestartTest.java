package org.pulseguard.device.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.WireCause;
import org.pulseguard.protocol.reference.WireState;

/**
 * A unit that reboots restarts its event numbering at 0 with a power-up state change as its first
 * event (docs/protocol/reference-laser.md section 9, points 1 and 17): that is a restart, not lost events.
 */
class ReferenceLaserDriverRestartTest extends DriverTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @BeforeEach
    void connect() throws DeviceException {
        driver.connect();
    }

    @Test
    void eventNumberingRestartingWithAPowerUp_isARestart_notLostEvents() {
        // Given the unit had numbered its events up to 253
        laser.sendEvent(253, new Event.FootswitchChanged(true));
        // When it reboots: event 0 is its power-up state change
        laser.sendEvent(0, new Event.StateChanged(WireState.OFF, WireState.WARM_UP, WireCause.POWER));
        laser.sendEvent(1, new Event.FootswitchChanged(false));
        // Then
        await().atMost(WAIT).until(() -> listener.events.size() >= 3);
        assertThat(listener.ofType(DeviceEvent.EventsMissed.class)).isEmpty();
        assertThat(listener.events.get(1)).isEqualTo(new DeviceEvent.StateChanged(NOW, LaserState.OFF, LaserState.WARM_UP,
                StateChangeCause.POWER));
        assertThat(driver.linkStatistics().lostEvents()).isZero();
    }

    @Test
    void eventNumberingJumpingToZeroWithoutAPowerUp_isStillLostEvents() {
        // Given
        laser.sendEvent(253, new Event.FootswitchChanged(true));
        // When event 0 is not a power-up: events 254 and 255 were lost
        laser.sendEvent(0, new Event.FootswitchChanged(false));
        // Then
        await().atMost(WAIT).until(() -> listener.events.size() >= 3);
        assertThat(listener.events.get(1)).isEqualTo(new DeviceEvent.EventsMissed(NOW, 2));
    }
}
