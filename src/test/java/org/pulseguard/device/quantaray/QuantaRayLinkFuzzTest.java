package org.pulseguard.device.quantaray;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.device.fuzz.DriverFuzzRun;
import org.pulseguard.device.fuzz.FuzzSeed;
import org.pulseguard.device.fuzz.FuzzedPtyUnit;
import org.pulseguard.device.fuzz.ReplyFuzzer;
import org.pulseguard.transport.SerialPortTransport;

/**
 * Issue 7 item 10: the Quanta-Ray driver against a fake unit on a real pty whose replies are
 * fuzzed (see {@link DriverFuzzRun}): every call gives the true value or a typed error, never a
 * wrong value; seeded, printed, replayable with {@code -Dfuzz.seed=N}.
 */
class QuantaRayLinkFuzzTest {
    private static final Duration TIMEOUT = Duration.ofMillis(120);

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void everyCall_givesTheTruthOrATypedError_neverAWrongValue() throws Exception {
        long seed = FuzzSeed.forSuite("quantaray");
        // Bit 7 only: a flip inside printable ASCII (a digit into a digit) cannot be detected without a checksum.
        ReplyFuzzer fuzzer = new ReplyFuzzer(seed, new int[] {7}, TIMEOUT.toMillis() + 80, false);
        FakeQuantaRayUnit fake = new FakeQuantaRayUnit();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
        Path link = dir.resolve("qray");
        try (FuzzedPtyUnit unit = new FuzzedPtyUnit(fake, link, fuzzer)) {
            QuantaRayLaserDriver driver = new QuantaRayLaserDriver(new SerialPortTransport(link.toString(), fake.settings()),
                    scheduler, Clock.systemUTC(), new QuantaRayDriverSettings(TIMEOUT, 2, Duration.ofMillis(400), 2),
                    QuantaRayDriverFixture.UNIT);
            assertThat(DriverFuzzRun.against(driver, fuzzer, "quantaray", run -> {
                driver.confirmHandpiece(QuantaRayDriverFixture.SIX_MM);
                driver.applySetpoint(QuantaRayDriverFixture.TREATMENT);
                run.check("SHOT?", () -> driver.counters().lifetimePulses(), () -> fake.shots);
            }, 45)).isEmpty();
        } finally {
            scheduler.shutdownNow();
        }
    }
}
