package org.pulseguard.device.bigsky;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
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
 * Issue 7 item 10: the Big Sky driver against a fake unit on a real pty whose replies are
 * fuzzed (see {@link DriverFuzzRun}): every call gives the true value or a typed error, never a
 * wrong value; seeded, printed, replayable with {@code -Dfuzz.seed=N}.
 */
class BigSkyLinkFuzzTest {
    private static final Duration TIMEOUT = Duration.ofMillis(120);

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void everyCall_givesTheTruthOrATypedError_neverAWrongValue() throws Exception {
        long seed = FuzzSeed.forSuite("bigsky");
        // Bit 7 only: a flip inside printable ASCII (a digit into a digit) cannot be detected without a checksum.
        ReplyFuzzer fuzzer = new ReplyFuzzer(seed, new int[] {7}, TIMEOUT.toMillis() + 80, false);
        FakeBigSkyUnit fake = new FakeBigSkyUnit();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
        Path link = dir.resolve("cfr");
        try (FuzzedPtyUnit unit = new FuzzedPtyUnit(fake, link, fuzzer)) {
            BigSkyLaserDriver driver = new BigSkyLaserDriver(new SerialPortTransport(link.toString(), fake.settings()),
                    scheduler, Clock.systemUTC(), new BigSkyDriverSettings(TIMEOUT, 2, Duration.ofMillis(400), OptionalInt.empty()),
                    BigSkyDriverFixture.UNIT);
            assertThat(DriverFuzzRun.against(driver, fuzzer, "bigsky", run -> {
                driver.confirmHandpiece(BigSkyDriverFixture.FOUR_MM);
                driver.applySetpoint(BigSkyDriverFixture.TREATMENT);
                run.check("CQ", () -> driver.counters().lifetimePulses(), () -> fake.lifetimePulses);
            }, 45)).isEmpty();
        } finally {
            scheduler.shutdownNow();
        }
    }
}
