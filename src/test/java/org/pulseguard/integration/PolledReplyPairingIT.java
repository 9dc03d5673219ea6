package org.pulseguard.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pulseguard.device.DeviceException;

/**
 * Issue 7 item 11 over a real pty: the simulator duplicates replies to a polled unit whose laser
 * never fires. A duplicated reply may be paired with the next query (a {@code *STB?} value read as
 * {@code SHOT?}); whatever happens, no pulse is reported that the unit did not fire: the driver
 * reads the truth or fails with a typed error (and a poll that meets an implausible counter loses
 * the link, which the supervisor trips on).
 */
class PolledReplyPairingIT {
    @TempDir
    Path dir;
    private DialectRig rig;

    @AfterEach
    void tearDown() {
        if (rig != null) {
            rig.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bigsky", "quantaray"})
    void duplicatedReplies_whileNothingFires_neverBecomePulses(String dialect) throws Exception {
        // Given
        rig = new DialectRig(dialect, dir);
        long unitCounterBefore = rig.control.snapshot().pulseCounter();
        // When five replies come twice, while commands and polls go on
        rig.control.duplicateReplies(5);
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                long lifetime = rig.driver.counters().lifetimePulses();
                // Then every value read is the truth
                assertThat(lifetime).isEqualTo(rig.control.snapshot().pulseCounter());
                rig.driver.status();
            } catch (DeviceException e) {
                // a typed error is allowed; a wrong value is not
            }
        }
        // Then
        assertThat(rig.control.snapshot().pulseCounter()).isEqualTo(unitCounterBefore);
        assertThat(rig.reportedPulses()).isZero();
    }
}
