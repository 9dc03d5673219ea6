package org.pulseguard.device.reference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared set-up for driver tests: a {@link FakeLaser}, a scheduler, a fixed clock and a driver with
 * short timeouts (60 ms per attempt, 2 retries) and a heartbeat slow enough (10 s) not to interleave
 * with scripted exchanges unless a test asks for one. Everything is closed after each test.
 */
abstract class DriverTestSupport {
    static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");
    static final Duration TIMEOUT = Duration.ofMillis(60);
    static final int RETRIES = 2;

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final RecordingListener listener = new RecordingListener();
    FakeLaser laser;
    ScheduledExecutorService scheduler;
    ReferenceLaserDriver driver;

    @BeforeEach
    void createDriver() {
        laser = new FakeLaser();
        scheduler = Executors.newScheduledThreadPool(2);
        driver = newDriver(new ReferenceDriverSettings(TIMEOUT, RETRIES, Duration.ofSeconds(10)));
    }

    ReferenceLaserDriver newDriver(ReferenceDriverSettings settings) {
        if (driver != null) {
            driver.close();
        }
        driver = new ReferenceLaserDriver(laser, scheduler, clock, settings);
        driver.addListener(listener);
        return driver;
    }

    @AfterEach
    void closeEverything() {
        driver.close();
        scheduler.shutdownNow();
        laser.shutdown();
    }
}
