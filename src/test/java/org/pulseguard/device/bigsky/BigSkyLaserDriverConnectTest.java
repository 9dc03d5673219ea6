package org.pulseguard.device.bigsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceCapabilities;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.DeviceStatus;
import org.pulseguard.device.KeepAlive;
import org.pulseguard.device.LaserState;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

class BigSkyLaserDriverConnectTest extends BigSkyDriverFixture {

    @Test
    void connect_unitAnswers_identifiesFromSerialVersionAndDate() throws Exception {
        // When
        driver.connect();
        // Then
        DeviceIdentity identity = driver.identity().orElseThrow();
        assertThat(identity.model()).isEqualTo("Quantel Big Sky");
        assertThat(identity.serial()).isEqualTo("062");
        assertThat(identity.firmware()).isEqualTo("CFR200 1.23 (14/03/19)");
        assertThat(unit.lines).startsWith(">SN", ">X", ">DAT");
        assertThat(driver.isConnected()).isTrue();
        assertThat(unit.writes.get(0)).containsExactly('>', 'S', 'N', '\r', '\n');
    }

    @Test
    void connect_firstReading_reportsNoEventsAndStandby() throws Exception {
        // When
        driver.connect();
        driver.confirmHandpiece(FOUR_MM);
        DeviceStatus status = driver.status();
        // Then
        assertThat(status.state()).isEqualTo(LaserState.STANDBY);
        assertThat(status.openInterlocks()).isEmpty();
        assertThat(status.footswitchPressed()).isFalse();
        assertThat(status.setpoint().spot()).isEqualTo(FOUR_MM);
        assertThat(events.events).isEmpty();
    }

    @Test
    void connect_serialConfigured_addressesThatUnitOnly() throws Exception {
        // Given
        newDriver(new BigSkyDriverSettings(TIMEOUT, RETRIES, RARE_POLLS, OptionalInt.of(62)));
        // When
        driver.connect();
        // Then
        assertThat(unit.lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("$62"));
    }

    @Test
    void connect_serialOfAnotherUnit_timesOutAsNoUnitAnswers() {
        // Given unit 62 on the line, unit 63 configured
        newDriver(new BigSkyDriverSettings(TIMEOUT, RETRIES, RARE_POLLS, OptionalInt.of(63)));
        // When / Then
        assertThatThrownBy(driver::connect).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo(DeviceException.Reason.TIMEOUT));
        assertThat(driver.isConnected()).isFalse();
    }

    @Test
    void reconnect_differentUnitAnswers_isProtocolError() throws Exception {
        // Given
        driver.connect();
        unit.serial = 184;
        // When / Then
        assertThatThrownBy(driver::reconnect).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.PROTOCOL_ERROR);
            assertThat(e.getMessage()).contains("184", "062");
        });
    }

    @Test
    void reconnect_sameUnit_reopensReidentifiesAndReportsRestored() throws Exception {
        // Given
        driver.connect();
        // When
        driver.reconnect();
        // Then
        assertThat(unit.opens).hasValue(2);
        assertThat(unit.lines.stream().filter(">SN"::equals)).hasSize(2);
        await().until(() -> !events.ofType(DeviceEvent.LinkRestored.class).isEmpty());
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
        assertThat(capabilities.fixedHandpieces()).containsExactly(new SpotDiameter(2_000), new SpotDiameter(3_000),
                FOUR_MM, new SpotDiameter(6_000));
        assertThat(capabilities.supportedWavelengths()).containsExactly(Wavelength.ND_YAG_1064);
    }

    @Test
    void close_twice_stopsEveryThreadItStarted() throws Exception {
        // Given
        driver.connect();
        // When
        driver.close();
        driver.close();
        // Then
        await().until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().contains(unit.describe().split(" ")[0]) && t.isAlive()));
    }
}
