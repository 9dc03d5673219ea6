package org.pulseguard.device.quantaray;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
 * Shared set-up for Quanta-Ray driver tests: a {@link FakeQuantaRayUnit}, a 1064 nm treatment unit
 * with an OPFN curve (10 mJ at 45 % ... 860 mJ at 95 %; 20 mJ per percent from 55 to 75 %),
 * handpieces of 2, 4 and 6 mm, 10 Hz only, and a driver with short timeouts (60 ms, 2 retries), a
 * 2 s watchdog and rare polls unless a test asks for fast ones. Everything is closed after each test.
 */
abstract class QuantaRayDriverFixture {
    static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");
    static final Duration TIMEOUT = Duration.ofMillis(60);
    static final int RETRIES = 2;
    static final Duration RARE_POLLS = Duration.ofMillis(800);
    static final SpotDiameter SIX_MM = new SpotDiameter(6_000);
    static final RepetitionRate TEN_HZ = new RepetitionRate(10_000);
    /** 300 mJ on the 6 mm handpiece: OPFN 65 %. */
    static final Setpoint TREATMENT = new Setpoint(new PulseEnergy(300_000), SIX_MM, TEN_HZ, Wavelength.ND_YAG_1064);

    static final TreatmentUnit UNIT = new TreatmentUnit(Wavelength.ND_YAG_1064,
            new NativeEnergyCalibration(NativeEnergyCalibration.OPFN_PERCENT, Map.of(Wavelength.ND_YAG_1064,
                    new NativeEnergyCalibration.Curve(List.of(point(10, 45), point(120, 55), point(300, 65),
                            point(500, 75), point(700, 85), point(860, 95))))),
            new EnergyRange(new PulseEnergy(10_000), new PulseEnergy(850_000), new PulseEnergy(1_000)),
            Set.of(new SpotDiameter(2_000), new SpotDiameter(4_000), SIX_MM),
            new RateRange(TEN_HZ, TEN_HZ, TEN_HZ));

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final EventRecorder events = new EventRecorder();
    FakeQuantaRayUnit unit;
    ScheduledExecutorService scheduler;
    QuantaRayLaserDriver driver;

    @BeforeEach
    void createDriver() {
        unit = new FakeQuantaRayUnit();
        scheduler = Executors.newScheduledThreadPool(2);
        newDriver(settings(RARE_POLLS));
    }

    static QuantaRayDriverSettings settings(Duration pollPeriod) {
        return new QuantaRayDriverSettings(TIMEOUT, RETRIES, pollPeriod, 2);
    }

    QuantaRayLaserDriver newDriver(QuantaRayDriverSettings settings) {
        if (driver != null) {
            driver.close();
        }
        driver = new QuantaRayLaserDriver(unit, scheduler, clock, settings, UNIT);
        driver.addListener(events);
        return driver;
    }

    /** Connects, confirms the 6 mm handpiece and forgets what was written so far. */
    void connectWithHandpiece() throws Exception {
        driver.connect();
        driver.confirmHandpiece(SIX_MM);
        unit.lines.clear();
        unit.writes.clear();
    }

    @AfterEach
    void closeEverything() {
        driver.close();
        scheduler.shutdownNow();
    }

    private static NativeEnergyCalibration.Point point(int millijoules, double percent) {
        return new NativeEnergyCalibration.Point(new PulseEnergy(millijoules * 1_000L), percent);
    }
}
