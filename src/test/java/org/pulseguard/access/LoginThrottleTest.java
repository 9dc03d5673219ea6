package org.pulseguard.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private Instant now = Instant.parse("2026-12-08T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailures_areFree_theSixthAttemptWaits30s_thenTheWaitDoubles() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anna", "10.0.0.5");
        }
        assertThat(throttle.waitBefore("anna", "10.0.0.5")).isEmpty();
        throttle.failed("anna", "10.0.0.5");
        assertThat(throttle.waitBefore("anna", "10.0.0.5")).contains(Duration.ofSeconds(30));
        now = now.plusSeconds(30);
        assertThat(throttle.waitBefore("anna", "10.0.0.5")).isEmpty();
        throttle.failed("anna", "10.0.0.5");
        assertThat(throttle.waitBefore("anna", "10.0.0.5")).contains(Duration.ofSeconds(60));
    }

    @Test
    void guessingManyAccountsFromOneAddress_isThrottledByTheAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.waitBefore("someone-else", "10.0.0.9")).isPresent();
        assertThat(throttle.waitBefore("someone-else", "10.0.0.10")).isEmpty();
    }

    @Test
    void theWait_neverExceeds15Minutes_andASuccessClearsTheAccount() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("anna", "10.0.0.5");
        }
        assertThat(throttle.waitBefore("anna", "10.0.0.6")).contains(Duration.ofMinutes(15));
        throttle.succeeded("anna");
        assertThat(throttle.waitBefore("anna", "10.0.0.6")).isEmpty();
    }
}
