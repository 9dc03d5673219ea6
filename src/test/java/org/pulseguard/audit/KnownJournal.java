package org.pulseguard.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A small known journal for the audit command tests: two clients, two units, four sessions over
 * three weeks, with a refusal, a trip, an emergency stop, a counter gap, a recovery close and a
 * session opened too soon on the same site.
 *
 * @param first CL-0001 on SN-A100, left forearm, 2026-03-02: two per-pulse runs, a refusal, a trip, closed by the operator
 * @param second CL-0002 on SN-B200, 2026-03-02: one counted run of 120 pulses after 7 unaccounted ones, closed by recovery
 * @param third CL-0001 on SN-A100, left forearm, 2026-03-12 (10 days later, profile asks 28): an emergency stop
 * @param fourth CL-0002 on SN-B200, right shoulder, 2026-03-23 (21 days later, profile asks 42): a counted run of 40
 */
public record KnownJournal(String first, String second, String third, String fourth) {
    /** The clinic's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** Writes the journal into {@code dir} and closes it. */
    public static KnownJournal write(Path dir) throws Exception {
        try (SyntheticJournal j = new SyntheticJournal(dir, Instant.parse("2026-03-02T08:00:00Z"), ZONE, 7)) {
            j.journalOpened("FIRST_START");
            SyntheticJournal.Session a = j.open("CL-0001", "SN-A100", "op-anna", "left forearm", "III", 28);
            j.setpointRefused(a, 900_000);
            j.setpointApplied(a, 400_000);
            j.run(a, 12, true, "FOOTSWITCH_RELEASED");
            j.trip(a, "TRIP", "INTERLOCK_OPENED");
            j.run(a, 5, true, "FOOTSWITCH_RELEASED");
            j.close(a, "OPERATOR");
            j.advance(Duration.ofHours(2));
            SyntheticJournal.Session b = j.open("CL-0002", "SN-B200", "op-ben", "right shoulder", "II", 42, 7);
            j.setpointApplied(b, 400_000);
            j.run(b, 120, false, "FOOTSWITCH_RELEASED");
            j.close(b, "RECOVERY");
            j.advance(Duration.ofDays(10));
            SyntheticJournal.Session c = j.open("CL-0001", "SN-A100", "op-anna", "left forearm", "III", 28);
            j.setpointApplied(c, 400_000);
            j.run(c, 3, true, "EMERGENCY_STOP");
            j.trip(c, "EMERGENCY_STOP", "EMERGENCY_STOP");
            j.close(c, "OPERATOR");
            j.advance(Duration.ofDays(11));
            SyntheticJournal.Session d = j.open("CL-0002", "SN-B200", "op-ben", "right shoulder", "II", 42);
            j.run(d, 40, false, "FOOTSWITCH_RELEASED");
            j.close(d, "OPERATOR");
            j.seal();
            return new KnownJournal(a.id, b.id, c.id, d.id);
        }
    }
}
