package org.pulseguard.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pulseguard.cli.LaserConnections;
import org.pulseguard.device.LaserDevice;

/**
 * Counter reconciliation (issue 8 item 5) for every dialect, on the real driver, the real
 * simulator over a pty and a real journal: pulses fired from the unit's own panel while
 * pulseguard was down (journal closed, driver disconnected) are on record at the next connect as
 * UNACCOUNTED with their exact counter range; a unit with the same serial whose counter is below
 * the one on record (another unit, or a reset counter: here a fresh simulator) is BACKWARDS.
 */
class JournalReconciliationIT {
    private static final int FIRED_WHILE_DOWN = 7;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"reference", "bigsky", "quantaray"})
    void pulsesFiredWhileDown_areUnaccountedWithTheirRange_andAFreshUnitWithTheSameSerialIsBackwards(String dialect)
            throws Exception {
        Path data = dir.resolve("data");
        try (DialectRig rig = new DialectRig(dialect, Files.createDirectories(dir.resolve("first")))) {
            // Given the unit connected once with the journal: its counter is on record
            new JournaledSupervisor(data, rig.driver, rig.profiles, rig.scheduler).close();
            rig.driver.close();
            long before = rig.control.snapshot().pulseCounter();

            // When pulses are fired on the unit's own panel while pulseguard is down
            rig.control.fireLocally(FIRED_WHILE_DOWN);
            assertThat(rig.control.snapshot().pulseCounter() - before).as("pulses the unit fired on its own").isEqualTo(FIRED_WHILE_DOWN);

            // and pulseguard starts and connects again
            try (LaserDevice again = LaserConnections.driver(rig.profiles.device(), dir.resolve("first").resolve("unit0").toString(),
                    rig.profiles.device().serial(), rig.scheduler, Clock.systemUTC())) {
                again.connect();
                LaserConnections.switchOn(again);
                new JournaledSupervisor(data, again, rig.profiles, rig.scheduler).close();
            }
        }
        // and later a fresh unit with the same serial (its counter back at the start) is connected
        try (DialectRig fresh = new DialectRig(dialect, Files.createDirectories(dir.resolve("fresh")))) {
            new JournaledSupervisor(data, fresh.driver, fresh.profiles, fresh.scheduler).close();
        }

        // Then the journal holds, at each connect: first seen, the unaccounted range, backwards
        List<JsonNode> reconciled = JournalRecords.ofKind(data, "COUNTER_RECONCILED");
        assertThat(reconciled).extracting(r -> r.path("outcome").asText()).containsExactly("FIRST_SEEN", "UNACCOUNTED", "BACKWARDS");
        assertThat(reconciled).allSatisfy(r -> assertThat(r.path("trigger").asText()).isEqualTo("CONNECT"));
        JsonNode first = reconciled.get(0);
        JsonNode gap = reconciled.get(1);
        long journaled = first.path("unitLifetime").asLong();
        assertThat(gap.path("journaledLifetime").asLong()).isEqualTo(journaled);
        assertThat(gap.path("unitLifetime").asLong()).isEqualTo(journaled + FIRED_WHILE_DOWN);
        assertThat(gap.path("unaccountedPulses").asLong()).isEqualTo(FIRED_WHILE_DOWN);
        assertThat(gap.path("firstUnaccounted").asLong()).isEqualTo(journaled + 1);
        assertThat(gap.path("lastUnaccounted").asLong()).isEqualTo(journaled + FIRED_WHILE_DOWN);
        JsonNode backwards = reconciled.get(2);
        assertThat(backwards.path("journaledLifetime").asLong()).isEqualTo(journaled + FIRED_WHILE_DOWN);
        assertThat(backwards.path("unitLifetime").asLong()).isEqualTo(journaled).isLessThan(journaled + FIRED_WHILE_DOWN);
        assertThat(backwards.path("unaccountedPulses").asLong()).isZero();
        assertThat(backwards.has("firstUnaccounted")).isFalse();
        assertThat(JournalRecords.verify(data).problems()).isEmpty();
    }
}
