package org.pulseguard.device.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.fuzz.DriverFuzzRun;
import org.pulseguard.device.fuzz.FuzzSeed;
import org.pulseguard.device.fuzz.FuzzedPtyUnit;
import org.pulseguard.device.fuzz.ReplyFuzzer;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.transport.SerialPortTransport;

/**
 * Issue 7 item 10: the reference driver against a fake unit on a real pty whose replies are
 * fuzzed (see {@link DriverFuzzRun}): every call gives the true value or a typed error, never a
 * wrong value. The dialect has a CRC-16 and sequence numbers, so any bit may flip and noise is any
 * byte. Seeded, printed, replayable with {@code -Dfuzz.seed=N}.
 */
class ReferenceLinkFuzzTest {
    private static final Duration TIMEOUT = Duration.ofMillis(120);
    private static final Setpoint TREATMENT = new Setpoint(new PulseEnergy(500_000), new SpotDiameter(3_000),
            new RepetitionRate(2_000), Wavelength.ND_YAG_1064);

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void everyCall_givesTheTruthOrATypedError_neverAWrongValue() throws Exception {
        long seed = FuzzSeed.forSuite("reference");
        ReplyFuzzer fuzzer = new ReplyFuzzer(seed, new int[] {0, 1, 2, 3, 4, 5, 6, 7}, TIMEOUT.toMillis() + 80, true);
        FakeLaser fake = new FakeLaser();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        Path link = dir.resolve("laser");
        try (FuzzedPtyUnit unit = new FuzzedPtyUnit(fake, link, fuzzer)) {
            ReferenceLaserDriver driver = new ReferenceLaserDriver(new SerialPortTransport(link.toString(),
                    fake.settings()), scheduler, Clock.systemUTC(), new ReferenceDriverSettings(TIMEOUT, 2,
                    Duration.ofMillis(400)));
            assertThat(DriverFuzzRun.against(driver, fuzzer, "reference", run -> {
                driver.confirmHandpiece(TREATMENT.spot());
                driver.applySetpoint(TREATMENT);
                run.check("READ_COUNTERS", () -> driver.counters().lifetimePulses(), () -> fake.model.lifetimePulses);
            }, 45)).isEmpty();
        } finally {
            scheduler.shutdownNow();
            fake.shutdown();
        }
    }
}
