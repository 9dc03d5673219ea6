package org.pulseguard.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.time.ZoneId;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.ClinicJournal;
import org.pulseguard.device.DeviceEventListener;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.simulator.SimulatedUnit;
import org.pulseguard.simulator.SimulatedUnits;
import org.pulseguard.simulator.endpoint.PtyEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pulseguard demo}: the main job against an embedded simulator. Starts a simulated laser
 * unit on a pseudo-terminal, connects to it through jSerialComm like to a real unit, and runs a
 * supervised treatment session: a refused over-limit request, an accepted setpoint, two runs, an
 * interlock trip and an emergency stop, printing each decision, each pulse and the final counters.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a supervised session against an embedded simulator on a pseudo-terminal.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--dialect", defaultValue = "reference", description = "Simulated unit: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    CliDialect dialect;

    @Option(names = "--profiles", defaultValue = "device-profiles", description = "Profile folder (default ${DEFAULT-VALUE}).")
    Path profiles;

    @Option(names = "--seed", defaultValue = "7", description = "Simulator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @picocli.CommandLine.Mixin
    DataDirectory data;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The clinic's time zone for the journal (default: the system's).")
    ZoneId zone;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        ProfileSet set;
        try {
            set = LaserConnections.load(profiles, LaserConnections.defaultDeviceId(dialect.name()));
        } catch (IllegalArgumentException e) {
            System.err.println("cannot run the demo: " + e.getMessage());
            return 2;
        }
        Path dataDir = data.resolve();
        ZoneId clinicZone = zone != null ? zone : ZoneId.systemDefault();
        Path dir = Files.createTempDirectory("pulseguard-demo");
        Runnable restoreLog = () -> { };
        Path link = dir.resolve("laser0");
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "pulseguard-demo-scheduler");
            t.setDaemon(true);
            return t;
        });
        try (SimulatedUnit unit = SimulatedUnits.create(dialect.name(),
                SimulatedUnits.Options.defaults().withSeed(seed).withWarmUp(Duration.ofMillis(200)))) {
            unit.start(new PtyEndpoint(link));
            out.println("embedded simulator (" + dialect + ") on " + unit.endpoint().describe() + ", " + unit.lineSettings());
            try (ClinicJournal journal = ClinicJournal.open(dataDir, Clock.systemUTC(), clinicZone, Software.VERSION,
                    CheckpointPolicy.DEFAULT);
                 LaserDevice laser = LaserConnections.driver(set.device(), link.toString(), set.device().serial(), scheduler,
                    Clock.systemUTC())) {
                if (journal.recoveredSessions() > 0) {
                    out.println("journal: " + journal.recoveredSessions() + " session(s) left open by the last run closed by recovery");
                }
                UnitStartup.waitForWarmUp(unit);
                SessionLog log = new SessionLog(out, ZoneId.systemDefault());
                restoreLog = quietApplicationLog();
                DeviceEventListener beforeTheSession = log::device;
                laser.addListener(beforeTheSession);
                laser.connect();
                LaserConnections.switchOn(laser);
                UnitStartup.waitForStandby(laser);
                log.say("connected through jSerialComm to " + link);
                for (String line : UnitTimings.describe(laser.identity().orElseThrow(), set.device())) {
                    out.println("  " + line);
                }
                // From here the supervisor's events say what the unit reported, each once.
                laser.removeListener(beforeTheSession);
                DemoSession demo = new DemoSession(log, laser, set, unit.control(), scheduler, journal);
                boolean ok = demo.run();
                PulseCounters counters = laser.counters();
                out.printf("final counters: lifetime %d, user %d (simulator truth: lifetime %d)%n", counters.lifetimePulses(),
                        counters.userPulses(), unit.control().snapshot().pulseCounter());
                journal.journal().writer().checkpoint().join();
                AuditHints.print(out, dataDir, demo.journaledSession());
                return ok ? 0 : 1;
            }
        } finally {
            restoreLog.run();
            scheduler.shutdownNow();
            Files.deleteIfExists(link);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The session log on stdout already says every event once; the application log on stderr would
     * repeat its warnings (trips, refusals, stops), so it keeps to errors unless PULSEGUARD_LOG_LEVEL
     * asks for more.
     */
    private static Runnable quietApplicationLog() {
        if (System.getenv("PULSEGUARD_LOG_LEVEL") == null
                && org.slf4j.LoggerFactory.getLogger("org.pulseguard") instanceof ch.qos.logback.classic.Logger logger) {
            ch.qos.logback.classic.Level before = logger.getLevel();
            logger.setLevel(ch.qos.logback.classic.Level.ERROR);
            return () -> logger.setLevel(before);
        }
        return () -> { };
    }
}
