package org.pulseguard.device.quantaray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceCapabilities;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.KeepAlive;

class QuantaRayLaserDriverConnectTest extends QuantaRayDriverFixture {

    @Test
    void connect_unitAnswers_identifiesChecksControlAndSetsTheWatchdog() throws Exception {
        // When
        driver.connect();
        // Then
        DeviceIdentity identity = driver.identity().orElseThrow();
        assertThat(identity.model()).isEqualTo("SPECTRA-PHYSICS LAB-170-10");
        assertThat(identity.serial()).isEqualTo("1234");
        assertThat(identity.firmware()).isEqualTo("2.01");
        assertThat(identity.watchdogPeriod()).isEqualTo(Duration.ofSeconds(2));
        assertThat(unit.lines).startsWith("*IDN?", "*STB?", "WATC 2", "*STB?", "SHOT?");
        assertThat(unit.watchdogSeconds).isEqualTo(2);
        assertThat(unit.writes.get(0)).containsExactly('*', 'I', 'D', 'N', '?', '\r');
        assertThat(unit.lines).doesNotContain("ON");
    }

    @Test
    void connect_unitNotUnderComputerControl_isProtocolErrorAndNothingIsSet() {
        // Given
        unit.computerInControl = false;
        // When / Then
        assertThatThrownBy(driver::connect).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.PROTOCOL_ERROR);
            assertThat(e.getMessage()).contains("bit 23");
        });
        assertThat(unit.lines).doesNotContain("WATC 2");
        assertThat(driver.isConnected()).isFalse();
    }

    @Test
    void connect_identityNotInFourFields_isProtocolError() {
        // Given
        unit.identity = "QUANTA-RAY LAB";
        // When / Then
        assertThatThrownBy(driver::connect).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.PROTOCOL_ERROR);
            assertThat(e.getMessage()).contains("QUANTA-RAY LAB");
        });
    }

    @Test
    void reconnect_differentUnitAnswers_isProtocolError() throws Exception {
        // Given
        driver.connect();
        unit.identity = "SPECTRA-PHYSICS,LAB-170-10,9999,2.01";
        // When / Then
        assertThatThrownBy(driver::reconnect).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.getMessage()).contains("9999", "1234"));
    }

    @Test
    void polls_connected_feedTheWatchdogWellInsideItsPeriod() throws Exception {
        // Given polls every 50 ms
        newDriver(settings(Duration.ofMillis(50)));
        driver.connect();
        int before = unit.commandNanos.size();
        // When
        await().pollDelay(Duration.ofMillis(600)).until(() -> true);
        // Then commands kept coming, never more than a poll period and an exchange apart
        List<Long> arrivals = new ArrayList<>(unit.commandNanos.subList(before, unit.commandNanos.size()));
        assertThat(arrivals).hasSizeGreaterThan(6);
        for (int i = 1; i < arrivals.size(); i++) {
            assertThat(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 1))).isLessThan(Duration.ofMillis(500));
        }
        assertThat(unit.lines.subList(before, unit.lines.size())).containsOnly("*STB?", "SHOT?");
    }

    @Test
    void silentUnit_polled_isReportedLostOnceWithinTheBound() throws Exception {
        // Given polls every 20 ms
        Duration poll = Duration.ofMillis(20);
        newDriver(settings(poll));
        driver.connect();
        // When
        long silentSince = System.nanoTime();
        unit.goSilent();
        // Then
        Duration bound = poll.plus(TIMEOUT.plus(TIMEOUT.dividedBy(4)).multipliedBy(RETRIES + 1));
        await().atMost(bound.plusSeconds(2)).until(() -> !events.ofType(DeviceEvent.LinkLost.class).isEmpty());
        assertThat(Duration.ofNanos(System.nanoTime() - silentSince)).isLessThan(bound.plusSeconds(2));
        assertThat(driver.isConnected()).isFalse();
        await().pollDelay(Duration.ofMillis(100)).until(() -> true);
        assertThat(events.ofType(DeviceEvent.LinkLost.class)).hasSize(1);
    }

    @Test
    void capabilities_beforeConnect_describeAPolledFixedHandpieceCalibratedUnit() {
        // When
        DeviceCapabilities capabilities = driver.capabilities();
        // Then
        assertThat(capabilities.pulseTelemetry()).isFalse();
        assertThat(capabilities.motorisedSpot()).isFalse();
        assertThat(capabilities.directEnergy()).isFalse();
        assertThat(capabilities.keepAlive()).isEqualTo(KeepAlive.POLLED);
        assertThat(capabilities.hasFixedHandpieces()).isTrue();
        assertThat(capabilities.limitsAt(TREATMENT.wavelength()).orElseThrow().rate().maximum()).isEqualTo(TEN_HZ);
    }
}
