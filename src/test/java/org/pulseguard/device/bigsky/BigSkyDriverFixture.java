package org.pulseguard.device.bigsky;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.pulseguard.device.EnergyRange;
import org.pulseguard.device.NativeEnergyCalibration;
import org.pulseguard.device.RateRange;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.polled.EventRecorder;
import org.pulseguard.device.polled.TreatmentUnit;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

/**
 * Shared set-up for Big Sky driver tests: a {@link FakeBigSkyUnit}, a 1064 nm treatment unit with
 * a volts curve (8 mJ at 800 V ... 200 mJ at 1300 V, 0.4 mJ per volt from 900 V), handpieces of 2,
 * 3, 4 and 6 mm, 1..10 Hz in 0.5 Hz steps, and a driver with short timeouts (60 ms, 2 retries).
 * Polls are rare (10 s) unless a test asks for fast ones. Everything is closed after each test.
 */
abstract class BigSkyDriverFixture {
    static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");
    static final Duration TIMEOUT = Duration.ofMillis(60);
    static final int RETRIES = 2;
    static final Duration RARE_POLLS = Duration.ofSeconds(10);
    static final SpotDiameter FOUR_MM = new SpotDiameter(4_000);
    /** 120 mJ on the 4 mm handpiece at 5 Hz: 1100 V, F500. */
    static final Setpoint TREATMENT = new Setpoint(new PulseEnergy(120_000), FOUR_MM, new RepetitionRate(5_000),
            Wavelength.ND_YAG_1064);

    static final TreatmentUnit UNIT = new TreatmentUnit(Wavelength.ND_YAG_1064,
            new NativeEnergyCalibration(NativeEnergyCalibration.FLASHLAMP_VOLTS, Map.of(Wavelength.ND_YAG_1064,
                    new NativeEnergyCalibration.Curve(List.of(point(8, 800), point(40, 900), point(80, 1000),
                            point(120, 1100), point(160, 1200), point(200, 1300))))),
            new EnergyRange(new PulseEnergy(10_000), new PulseEnergy(200_000), new PulseEnergy(1_000)),
            Set.of(new SpotDiameter(2_000), new SpotDiameter(3_000), FOUR_MM, new SpotDiameter(6_000)),
            new RateRange(new RepetitionRate(1_000), new RepetitionRate(10_000), new RepetitionRate(500)));

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final EventRecorder events = new EventRecorder();
    FakeBigSkyUnit unit;
    ScheduledExecutorService scheduler;
    BigSkyLaserDriver driver;

    @BeforeEach
    void createDriver() {
        unit = new FakeBigSkyUnit();
        scheduler = Executors.newScheduledThreadPool(2);
        newDriver(settings(RARE_POLLS));
    }

    static BigSkyDriverSettings settings(Duration pollPeriod) {
        return new BigSkyDriverSettings(TIMEOUT, RETRIES, pollPeriod, OptionalInt.empty());
    }

    BigSkyLaserDriver newDriver(BigSkyDriverSettings settings) {
        if (driver != null) {
            driver.close();
        }
        driver = new BigSkyLaserDriver(unit, scheduler, clock, settings, UNIT);
        driver.addListener(events);
        return driver;
    }

    /** Connects, confirms the 4 mm handpiece and forgets what was written so far. */
    void connectWithHandpiece() throws Exception {
        driver.connect();
        driver.confirmHandpiece(FOUR_MM);
        unit.lines.clear();
        unit.writes.clear();
    }

    @AfterEach
    void closeEverything() {
        driver.close();
        scheduler.shutdownNow();
    }

    private static NativeEnergyCalibration.Point point(int millijoules, int volts) {
        return new NativeEnergyCalibration.Point(new PulseEnergy(millijoules * 1_000L), volts);
    }
}
