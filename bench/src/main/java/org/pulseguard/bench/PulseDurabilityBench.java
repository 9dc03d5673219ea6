package org.pulseguard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.Setpoint;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.ClinicJournal;
import org.pulseguard.journal.TreatmentJournal;
import org.pulseguard.profile.ProfileLoader;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.session.Checklist;
import org.pulseguard.session.ClientPseudonym;
import org.pulseguard.session.SessionRequest;
import org.pulseguard.session.SessionState;
import org.pulseguard.session.SessionSupervisor;
import org.pulseguard.session.SupervisorSettings;

/**
 * Issue 8 item 4: how long after the unit reports a pulse its journal record is durable (target:
 * within 250 ms). A supervised, armed session over a null unit with the real journal attached; each
 * pulse goes through the supervisor and the journal, and the time until the journal confirms it
 * durable ({@link TreatmentJournal#awaitDurable}) is measured: paced at 20 Hz (four times the
 * reference profile's 5 Hz) and back to back. Baseline in the same run and directory: one row
 * inserted and committed with SQLite's WAL and {@code synchronous=FULL}, the floor any durable
 * record pays.
 */
final class PulseDurabilityBench {
    private static final int PACED = 300;
    private static final int BURST = 600;

    void run() throws Exception {
        Path dir = Files.createTempDirectory("pulseguard-durability");
        long[] baseline = bareCommits(dir.resolve("bare.db"), PACED);
        Instant[] now = {Instant.parse("2026-12-08T10:00:00Z")};
        Clock clock = new Clock() {
            @Override public ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0]; }
        };
        ProfileSet set = new ProfileLoader().loadDeviceFolder(Path.of("device-profiles/reference-laser")).set("reference-laser")
                .orElseThrow();
        SafeProfile profile = set.safeProfile("tattoo-1064-fst-i-iii").orElseThrow();
        SessionSupervisor supervisor = new SessionSupervisor(new NullLaserDevice(), set.device(), clock,
                new SupervisorSettings(Duration.ofDays(1), Duration.ofDays(1), 3, Duration.ofMillis(300)));
        long[] paced;
        long[] burst;
        try (ClinicJournal journal = ClinicJournal.open(dir.resolve("journal"), clock, ZoneId.of("Europe/Berlin"), "bench",
                CheckpointPolicy.DEFAULT)) {
            TreatmentJournal unit = journal.attach(supervisor, "BENCH-1");
            supervisor.openSession(new SessionRequest("bench", new ClientPseudonym("C-BENCH02"), SkinType.II, "arm", false, profile,
                    new Checklist(true, true, true, true)));
            supervisor.applySetpoint(new Setpoint(PulseEnergy.ofMillijoules(400), SpotDiameter.ofMillimetres(4),
                    RepetitionRate.ofHertz(5), Wavelength.ND_YAG_1064));
            supervisor.arm();
            now[0] = now[0].plusSeconds(2);
            supervisor.tick();
            if (supervisor.state() != SessionState.READY) {
                throw new IllegalStateException("bench supervisor not READY: " + supervisor.state());
            }
            long[] lifetime = {0};
            paced = pulses(supervisor, unit, now, lifetime, PACED, 50);
            burst = pulses(supervisor, unit, now, lifetime, BURST, 0);
            supervisor.closeSession();
        }
        System.out.println();
        System.out.println("## Pulse report -> journal record durable (issue 8: within 250 ms)");
        System.out.println(Stats.header());
        Stats base = Stats.of(baseline);
        Stats p = Stats.of(paced);
        Stats b = Stats.of(burst);
        System.out.println(base.row("baseline: one SQLite row inserted and committed (WAL, synchronous=FULL)"));
        System.out.println(p.row("pulse through supervisor + journal, paced 20 Hz"));
        System.out.println(b.row("pulse through supervisor + journal, back to back"));
        System.out.printf(java.util.Locale.ROOT, "%nmedian x baseline: paced %.2f, back to back %.2f; worst of all %.1f ms against 250 ms%n",
                p.medianMicros() / base.medianMicros(), b.medianMicros() / base.medianMicros(),
                Math.max(p.percentileMicros(100), b.percentileMicros(100)) / 1000.0);
    }

    private static long[] pulses(SessionSupervisor supervisor, TreatmentJournal unit, Instant[] now, long[] lifetime, int count,
                                 long pauseMillis) throws InterruptedException {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            now[0] = now[0].plusMillis(50);
            lifetime[0]++;
            long start = System.nanoTime();
            supervisor.onEvent(new DeviceEvent.PulseEmitted(now[0], lifetime[0], lifetime[0], PulseEnergy.ofMillijoules(400)));
            if (unit.awaitDurable().isPresent()) {
                throw new IllegalStateException("journal refused a pulse record: " + unit.awaitDurable().get());
            }
            nanos[i] = System.nanoTime() - start;
            if (pauseMillis > 0) {
                Thread.sleep(pauseMillis);
            }
        }
        return nanos;
    }

    private static long[] bareCommits(Path file, int count) throws Exception {
        long[] nanos = new long[count];
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("CREATE TABLE r (i INTEGER PRIMARY KEY, b BLOB NOT NULL)");
            }
            byte[] row = new byte[200];
            try (PreparedStatement p = c.prepareStatement("INSERT INTO r(i, b) VALUES (?, ?)")) {
                for (int i = 0; i < count; i++) {
                    long start = System.nanoTime();
                    p.setLong(1, i);
                    p.setBytes(2, row);
                    p.executeUpdate();
                    nanos[i] = System.nanoTime() - start;
                    Thread.sleep(50);
                }
            }
        }
        return nanos;
    }
}
