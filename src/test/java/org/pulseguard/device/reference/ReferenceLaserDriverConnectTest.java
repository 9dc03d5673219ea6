package org.pulseguard.device.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceCapabilities;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.KeepAlive;
import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.quantity.Wavelength;

class ReferenceLaserDriverConnectTest extends DriverTestSupport {

    @Test
    void connect_unitAnswers_identifiesAndReportsIdentity() throws Exception {
        // Given a unit that answers IDENTIFY
        // When
        driver.connect();
        // Then
        assertThat(driver.isConnected()).isTrue();
        assertThat(laser.requestTypes()).containsExactly(MessageType.IDENTIFY);
        assertThat(driver.identity()).contains(new DeviceIdentity("PG-REF-1", "SN-0001", "1.0.0",
                Duration.ofMillis(500), Duration.ofMillis(1000)));
    }

    @Test
    void connect_unitSilent_failsTimeoutAndStaysDisconnected() {
        // Given
        laser.goSilent();
        // When / Then
        assertThatThrownBy(driver::connect).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.TIMEOUT);
            assertThat(e.getMessage()).contains("IDENTIFY");
        });
        assertThat(driver.isConnected()).isFalse();
        assertThat(laser.framesOfType(MessageType.IDENTIFY)).hasSize(RETRIES + 1);
    }

    @Test
    void connect_portCannotOpen_failsLinkLostWithoutSendingAnything() {
        // Given
        laser.refuseOpen(true);
        // When / Then
        assertThatThrownBy(driver::connect).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo(DeviceException.Reason.LINK_LOST));
        assertThat(laser.writes).isEmpty();
    }

    @Test
    void commands_beforeConnect_failNotConnectedWithoutBytes() {
        // Given a driver never connected
        // When / Then
        assertThatThrownBy(driver::status).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.NOT_CONNECTED);
            assertThat(e.isFatal()).isTrue();
        });
        assertThatThrownBy(driver::emergencyStop).isInstanceOf(DeviceException.class);
        assertThat(laser.writes).isEmpty();
    }

    @Test
    void capabilities_referenceUnit_reportTelemetryZoomDirectEnergyAndHeartbeat() {
        // When
        DeviceCapabilities capabilities = driver.capabilities();
        // Then
        assertThat(capabilities.pulseTelemetry()).isTrue();
        assertThat(capabilities.motorisedSpot()).isTrue();
        assertThat(capabilities.directEnergy()).isTrue();
        assertThat(capabilities.keepAlive()).isEqualTo(KeepAlive.HEARTBEAT);
        assertThat(capabilities.supportedWavelengths()).containsExactly(Wavelength.KTP_532, Wavelength.ND_YAG_1064);
        assertThat(capabilities.limitsAt(Wavelength.KTP_532).orElseThrow().energy().maximum().microjoules())
                .isEqualTo(600_000);
    }

    @Test
    void heartbeat_connected_isSentPeriodicallyWithFreshSequenceNumbers() throws Exception {
        // Given a short heartbeat period
        newDriver(new ReferenceDriverSettings(TIMEOUT, RETRIES, Duration.ofMillis(20)));
        // When
        driver.connect();
        // Then
        await().atMost(Duration.ofSeconds(5)).until(() -> laser.framesOfType(MessageType.HEARTBEAT).size() >= 3);
        assertThat(laser.framesOfType(MessageType.HEARTBEAT).stream().map(f -> f.sequence()).distinct().count())
                .isGreaterThanOrEqualTo(3);
        assertThat(driver.isConnected()).isTrue();
    }

    @Test
    void reconnect_afterLinkLost_reopensReidentifiesReportsRestoredAndNeverArms() throws Exception {
        // Given a connected driver whose link was lost
        driver.connect();
        laser.disconnect();
        await().atMost(Duration.ofSeconds(5)).until(() -> !listener.ofType(DeviceEvent.LinkLost.class).isEmpty());
        // When
        driver.reconnect();
        // Then
        assertThat(laser.opens.get()).isEqualTo(2);
        assertThat(laser.framesOfType(MessageType.IDENTIFY)).hasSize(2);
        assertThat(driver.isConnected()).isTrue();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> !listener.ofType(DeviceEvent.LinkRestored.class).isEmpty());
        assertThat(laser.framesOfType(MessageType.ARM)).isEmpty();
        assertThat(driver.status().state()).isNotNull();
    }

    @Test
    void reconnect_differentUnitAnswers_failsProtocolErrorAndStaysDisconnected() throws Exception {
        // Given
        driver.connect();
        laser.model.serial = "SN-9999";
        // When / Then
        assertThatThrownBy(driver::reconnect).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.PROTOCOL_ERROR);
            assertThat(e.getMessage()).contains("SN-9999").contains("SN-0001");
        });
        assertThat(driver.isConnected()).isFalse();
    }

    @Test
    void close_calledTwice_isIdempotentAndStopsEveryThread() throws Exception {
        // Given a connected driver that has delivered an event (so its dispatch thread exists)
        driver.connect();
        laser.sendEvent(new org.pulseguard.protocol.reference.Event.FootswitchChanged(true));
        await().atMost(Duration.ofSeconds(5)).until(() -> !listener.events.isEmpty());
        // When
        driver.close();
        driver.close();
        // Then
        assertThat(driver.isConnected()).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> threadsNamedAfter(laser.portName()) == 0);
        assertThatThrownBy(driver::status).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo(DeviceException.Reason.NOT_CONNECTED));
        assertThatThrownBy(driver::connect).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void threads_whileConnected_areNamedAfterThePort() throws Exception {
        // Given
        driver.connect();
        laser.sendEvent(new org.pulseguard.protocol.reference.Event.FootswitchChanged(true));
        await().atMost(Duration.ofSeconds(5)).until(() -> !listener.events.isEmpty());
        // Then
        assertThat(Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName))
                .contains("pulseguard-link-" + laser.portName(), "pulseguard-events-" + laser.portName());
    }

    private static long threadsNamedAfter(String port) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().endsWith(port) && t.getName().startsWith("pulseguard-"))
                .count();
    }
}
