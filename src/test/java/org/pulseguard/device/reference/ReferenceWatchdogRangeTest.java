package org.pulseguard.device.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pulseguard.device.DeviceException;
import org.pulseguard.protocol.reference.MessageType;

/**
 * H7: the driver does not trust a unit's reported watchdog period blindly. A period outside
 * {@link ReferenceConnector#WATCHDOG_MIN_MILLIS}..{@link ReferenceConnector#WATCHDOG_MAX_MILLIS} makes the unit unusable at connect, with a
 * message naming the value and the range; nothing is heartbeated.
 */
class ReferenceWatchdogRangeTest extends DriverTestSupport {

    @ParameterizedTest(name = "watchdog {0} ms")
    @ValueSource(ints = {0, 1, 99, 2001, 65_535})
    void connect_unitReportsWatchdogOutsideTheSaneRange_isRefusedNamingValueAndRange(int watchdogMillis) {
        // Given a unit reporting that period, and a driver that would heartbeat at a quarter of it
        laser.model.watchdogMillis = watchdogMillis;
        newDriver(new ReferenceDriverSettings(TIMEOUT, RETRIES, null));
        // When / Then
        assertThatThrownBy(driver::connect).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.PROTOCOL_ERROR);
            assertThat(e.getMessage()).contains("watchdog period of " + watchdogMillis + " ms")
                    .contains("100..2000 ms");
        });
        assertThat(driver.isConnected()).isFalse();
        assertThat(laser.framesOfType(MessageType.HEARTBEAT)).isEmpty();
    }

    @ParameterizedTest(name = "watchdog {0} ms")
    @ValueSource(ints = {100, 500, 2000})
    void connect_unitReportsWatchdogInsideTheRange_connects(int watchdogMillis) throws Exception {
        laser.model.watchdogMillis = watchdogMillis;
        newDriver(new ReferenceDriverSettings(TIMEOUT, RETRIES, null));

        driver.connect();

        assertThat(driver.isConnected()).isTrue();
        assertThat(driver.identity().orElseThrow().watchdogPeriod()).isEqualTo(Duration.ofMillis(watchdogMillis));
    }
}
