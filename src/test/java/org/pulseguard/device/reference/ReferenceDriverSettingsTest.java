package org.pulseguard.device.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReferenceDriverSettingsTest {

    @Test
    void defaults_noHeartbeatConfigured_useAQuarterOfTheWatchdogPeriod() {
        // Given
        ReferenceDriverSettings settings = ReferenceDriverSettings.defaults();
        // When / Then
        assertThat(settings.commandTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.maxRetries()).isEqualTo(2);
        assertThat(settings.heartbeatPeriodFor(Duration.ofMillis(500))).isEqualTo(Duration.ofMillis(125));
        assertThat(settings.worstCaseExchange()).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void heartbeatPeriodFor_configuredPeriod_winsOverTheWatchdog() {
        // Given
        ReferenceDriverSettings settings = new ReferenceDriverSettings(Duration.ofMillis(100), 1, Duration.ofMillis(40));
        // When / Then
        assertThat(settings.heartbeatPeriodFor(Duration.ofMillis(500))).isEqualTo(Duration.ofMillis(40));
    }

    @Test
    void heartbeatPeriodFor_unitWithoutWatchdog_usesTheCommandTimeout() {
        assertThat(ReferenceDriverSettings.defaults().heartbeatPeriodFor(Duration.ZERO)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void new_zeroTimeoutOrNegativeRetries_isRejected() {
        assertThatThrownBy(() -> new ReferenceDriverSettings(Duration.ZERO, 2, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferenceDriverSettings(Duration.ofMillis(250), -1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
