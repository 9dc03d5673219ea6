package org.pulseguard.integration;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.cli.LaserConnections;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.Setpoint;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.ClinicJournal;
import org.pulseguard.journal.store.UnitHistory;
import org.pulseguard.profile.ProfileSet;
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
import org.pulseguard.simulator.ReferenceLaserSimulator;
import org.pulseguard.simulator.SimulatorConfig;
import org.pulseguard.simulator.control.InterlockInput;
import org.pulseguard.simulator.control.UnitControl;
import org.pulseguard.simulator.endpoint.TcpEndpoint;

/**
 * The process {@link JournalCrashIT} kills: supervised sessions on a simulated reference laser (in
 * this process, on loopback TCP) with the journal attached, one after another until it is killed.
 * It prints, each line in one write: {@code UP} at start, {@code PHASE CONNECTED} and
 * {@code PHASE FIRING} as it gets there, and {@code DURABLE <index> <kind>} for every record the
 * journal's writer reports durable ({@link org.pulseguard.journal.DurableListener}).
 *
 * <p>Arguments: data directory, profile folder (with a short emission delay), seed.
 * Exits 3 on any exception (the parent then fails, showing stderr); never exits by itself otherwise.
 */
public final class JournalCrashChild {
    private static final FileOutputStream OUT = new FileOutputStream(FileDescriptor.out);
    private static final Setpoint SAFE = new Setpoint(PulseEnergy.ofMillijoules(400), SpotDiameter.ofMillimetres(4),
            RepetitionRate.ofHertz(5), Wavelength.ND_YAG_1064);

    private JournalCrashChild() {
    }

    public static void main(String[] args) {
        try {
            run(Path.of(args[0]), Path.of(args[1]), new Random(Long.parseLong(args[2])));
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(3);
        }
    }

    /** One line in one write(2) call, so a kill never leaves half a line followed by another. */
    static synchronized void say(String line) {
        try {
            OUT.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException("stdout closed", e);
        }
    }

    private static void run(Path data, Path profiles, Random random) throws Exception {
        say("UP");
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        ProfileSet set = LaserConnections.load(profiles, "reference-laser");
        Clock clock = Clock.systemUTC();
        ClinicJournal journal = ClinicJournal.open(data, clock, ZoneId.of("Europe/Berlin"), "pulseguard crash-child",
                new CheckpointPolicy(200, Duration.ofSeconds(1)));
        journal.journal().writer().addDurableListener(records -> records.forEach(r -> say("DURABLE " + r.index() + " " + r.kind())));
        long lifetime = new UnitHistory(journal.journal().store()).lastLifetime("SIM-0001").orElse(0L);
        ReferenceLaserSimulator unit = new ReferenceLaserSimulator(SimulatorConfig.builder().warmUp(Duration.ZERO)
                .emissionDelay(Duration.ofMillis(100)).watchdogPeriod(Duration.ofMillis(500)).seed(random.nextLong())
                .lifetimePulsesAtStart(lifetime).build());
        TcpEndpoint endpoint = TcpEndpoint.loopback(0);
        unit.start(endpoint);
        LaserDevice laser = LaserConnections.driver(set.device(), "tcp://127.0.0.1:" + endpoint.port(), set.device().serial(),
                scheduler, clock);
        laser.connect();
        SessionSupervisor supervisor = new SessionSupervisor(laser, set.device(), clock, SupervisorSettings.defaults());
        journal.attach(supervisor, laser.identity().orElseThrow().serial());
        supervisor.checkCounters();
        supervisor.start(scheduler, 20);
        say("PHASE CONNECTED");
        SessionRequest request = new SessionRequest("tech-crash", new ClientPseudonym("C-CRASH001"), SkinType.II, "left-forearm",
                false, set.safeProfile("tattoo-1064-fst-i-iii").orElseThrow(), new Checklist(true, true, true, true));
        while (true) {
            session(supervisor, unit.control(), request, random);
        }
    }

    /** Open, setpoint, arm, a run, now and then a trip by the door or an emergency stop, close. */
    private static void session(SessionSupervisor supervisor, UnitControl unit, SessionRequest request, Random random)
            throws InterruptedException {
        supervisor.openSession(request);
        supervisor.applySetpoint(SAFE);
        armAndRun(supervisor, unit, 100 + random.nextInt(300));
        int twist = random.nextInt(4);
        if (twist == 0) {
            unit.pressFootswitch();
            unit.openInterlock(InterlockInput.REMOTE);
            waitFor(supervisor, SessionState.TRIPPED);
            unit.releaseFootswitch();
            unit.closeInterlock(InterlockInput.REMOTE);
            Thread.sleep(50);
            supervisor.reset();
        } else if (twist == 1) {
            supervisor.emergencyStop();
            Thread.sleep(50);
            supervisor.reset();
        }
        supervisor.closeSession();
    }

    private static void armAndRun(SessionSupervisor supervisor, UnitControl unit, long holdMillis) throws InterruptedException {
        if (!supervisor.arm().accepted()) {
            return;
        }
        waitFor(supervisor, SessionState.READY);
        say("PHASE FIRING");
        unit.pressFootswitch();
        Thread.sleep(holdMillis);
        unit.releaseFootswitch();
        waitFor(supervisor, SessionState.READY);
    }

    private static void waitFor(SessionSupervisor supervisor, SessionState state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (supervisor.state() != state && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
