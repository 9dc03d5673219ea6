package org.pulseguard.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import org.pulseguard.access.PasswordHasher;
import org.pulseguard.access.UserStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.ClinicJournal;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.service.ChairsideService;
import org.pulseguard.service.ServedUnit;
import org.pulseguard.service.ServiceConfig;
import org.pulseguard.service.UnitRegistry;

/**
 * The composition of {@code pulseguard serve}: opens the journal, connects each unit (or starts the
 * embedded simulator), hands them to a {@link ChairsideService} and starts its API. {@link #close()}
 * is the clean shutdown, then the simulator and the threads stop. Thread-safe close, idempotent.
 */
final class ServeRun implements AutoCloseable {
    /** The embedded unit's id in the service. */
    static final String EMBEDDED_ID = "sim-1";

    private final ChairsideService service;
    private final EmbeddedLaser embedded;
    private final ScheduledExecutorService scheduler;

    private final UserStore users;

    private ServeRun(ChairsideService service, EmbeddedLaser embedded, ScheduledExecutorService scheduler, UserStore users) {
        this.service = service;
        this.embedded = embedded;
        this.scheduler = scheduler;
        this.users = users;
    }

    /** Starts everything {@code config} names, with the journal in {@code dataDir}; prints what it connects. */
    static ServeRun start(ServiceConfig config, Path dataDir, ZoneId zone, Path profiles, PrintStream out) throws Exception {
        AtomicInteger threads = new AtomicInteger();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "pulseguard-serve-scheduler-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Clock clock = Clock.systemUTC();
        EmbeddedLaser embedded = null;
        ClinicJournal journal = null;
        List<ServedUnit> units = new ArrayList<>();
        UserStore users = null;
        try {
            journal = ClinicJournal.open(dataDir, clock, zone, Software.VERSION, CheckpointPolicy.DEFAULT);
            users = UserStore.open(dataDir, PasswordHasher.DEFAULT, clock);
            FirstAdmin.announce(users, out);
            if (journal.recoveredSessions() > 0) {
                out.println("journal: " + journal.recoveredSessions() + " session(s) left open by the last run closed by recovery");
            }
            if (config.units().isEmpty()) {
                ProfileSet set = LaserConnections.load(profiles, LaserConnections.defaultDeviceId(EmbeddedLaser.DIALECT));
                embedded = EmbeddedLaser.start(7);
                out.println(embedded.describe());
                units.add(connect(EMBEDDED_ID, set, embedded.port(), journal, scheduler, clock, out));
            } else {
                for (ServiceConfig.UnitConfig unit : config.units()) {
                    ProfileSet set = LaserConnections.load(profiles, unit.deviceProfile());
                    if (set.device().dialect() != unit.dialect()) {
                        throw CliFailure.badInput("config", "unit " + unit.id() + ": dialect " + unit.dialect().fileName()
                                + " does not match device profile " + unit.deviceProfile() + " ("
                                + set.device().dialect().fileName() + ")");
                    }
                    units.add(connect(unit.id(), set, unit.port(), journal, scheduler, clock, out));
                }
            }
            ChairsideService service = ChairsideService.start(new UnitRegistry(units), journal, users, clock, config.bind(), config.port());
            return new ServeRun(service, embedded, scheduler, users);
        } catch (Exception | Error e) {
            units.forEach(ServedUnit::close);
            if (users != null) {
                users.close();
            }
            if (journal != null) {
                journal.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            scheduler.shutdownNow();
            throw e;
        }
    }

    private static ServedUnit connect(String id, ProfileSet set, String port, ClinicJournal journal,
                                      ScheduledExecutorService scheduler, Clock clock, PrintStream out) throws Exception {
        LaserDevice laser = LaserConnections.driver(set.device(), port, set.device().serial(), scheduler, clock);
        try {
            laser.connect();
            LaserConnections.switchOn(laser);
            UnitStartup.waitForStandby(laser);
            ServedUnit unit = ServedUnit.supervise(id, set.device(), laser, journal, scheduler, clock);
            out.println("unit " + id + ": " + unit.identity().model() + " serial " + unit.identity().serial() + " on " + port);
            return unit;
        } catch (Exception | Error e) {
            laser.close();
            throw e;
        }
    }

    /** Where the service answers. */
    URI url() {
        return service.url();
    }

    ChairsideService service() {
        return service;
    }

    @Override
    public void close() throws Exception {
        service.close();
        users.close();
        try {
            if (embedded != null) {
                embedded.close();
            }
        } finally {
            scheduler.shutdownNow();
        }
    }
}
