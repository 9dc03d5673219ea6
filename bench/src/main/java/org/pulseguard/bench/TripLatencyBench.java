package org.pulseguard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.reference.ReferenceDriverSettings;
import org.pulseguard.device.reference.ReferenceLaserDriver;
import org.pulseguard.profile.LoadReport;
import org.pulseguard.profile.ProfileLoader;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.profile.SkinType;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.Request;
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
import org.pulseguard.simulator.control.SimulatorControl;
import org.pulseguard.simulator.endpoint.PtyEndpoint;
import org.pulseguard.transport.SerialPortTransport;
import org.pulseguard.transport.SerialSettings;

/**
 * Issue 7 item 2: time from an interlock event reaching the supervisor to the STANDBY frame leaving
 * the transport, while the operator's ARM is retrying against a muted simulated reference unit
 * (100 ms per attempt, 2 retries). The event is delivered on the bench thread as the driver's
 * dispatch thread would deliver it. Baseline: the bare STANDBY frame written to the transport in the
 * same conditions (an ARM retrying against the muted unit).
 */
final class TripLatencyBench {
    private static final int TRIPS = 150;
    private static final Setpoint SETPOINT = new Setpoint(PulseEnergy.ofMillijoules(400), SpotDiameter.ofMillimetres(4),
            RepetitionRate.ofHertz(5), Wavelength.ND_YAG_1064);

    private static final java.util.concurrent.atomic.AtomicReference<Object> LAST_ARM = new java.util.concurrent.atomic.AtomicReference<>();

    void run() throws Exception {
        Path link = Files.createTempDirectory("pg-bench-trip").resolve("laser0");
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
        SimulatorConfig config = SimulatorConfig.builder().warmUp(Duration.ZERO).emissionDelay(Duration.ZERO)
                .watchdogPeriod(Duration.ofMillis(2000)).build(); // the longest period the driver accepts (reference-laser.md 6.2)
        ProfileSet profiles = profiles();
        try (ReferenceLaserSimulator sim = new ReferenceLaserSimulator(config)) {
            sim.start(new PtyEndpoint(link));
            SimulatorControl control = sim.control();
            MutingTransport transport = new MutingTransport(new SerialPortTransport(link.toString(), SerialSettings.REFERENCE_DEFAULT));
            ReferenceDriverSettings settings = new ReferenceDriverSettings(Duration.ofMillis(100), 2, Duration.ofSeconds(30));
            try (ReferenceLaserDriver driver = new ReferenceLaserDriver(transport, scheduler, Clock.systemUTC(), settings);
                 SessionSupervisor supervisor = new SessionSupervisor(driver, profiles.device(), Clock.systemUTC(),
                         SupervisorSettings.defaults())) {
                driver.connect();
                supervisor.openSession(new SessionRequest("bench", new ClientPseudonym("C-BENCH001"), SkinType.II, "bench-site", false,
                        profiles.safeProfile("tattoo-1064-fst-i-iii").orElseThrow(), new Checklist(true, true, true, true)));
                require(supervisor.applySetpoint(SETPOINT).accepted(), "setpoint applied");
                transport.muteOnArm(control);
                byte[] rawStandby = ReferenceCodec.encodeToBytes(201, new Request.Standby());
                Random random = new Random(7);
                long[] trip = new long[TRIPS];
                long[] baseline = new long[TRIPS];
                for (int i = 0; i < TRIPS; i++) {
                    Thread arm = armInFlight(supervisor, transport, random);
                    transport.watchForStandby();
                    long start = System.nanoTime();
                    supervisor.onEvent(new DeviceEvent.InterlocksChanged(java.time.Instant.now(), EnumSet.of(Interlock.REMOTE)));
                    trip[i] = transport.firstStandbyWrittenNanos() - start;
                    // Unmute at once: the heartbeat (a quarter of the unit's watchdog period) must not meet a
                    // muted unit for all its attempts, or the link is rightly declared lost.
                    control.unmute();
                    require(supervisor.state() == SessionState.TRIPPED && trip[i] > 0, "tripped, standby written (sample " + i
                            + ", state " + supervisor.state() + ", arm " + LAST_ARM.get() + ")");
                    arm.join();
                    recover(supervisor, control);
                    Thread armAgain = armInFlight(supervisor, transport, random);
                    long rawStart = System.nanoTime();
                    transport.write(rawStandby);
                    baseline[i] = System.nanoTime() - rawStart;
                    control.unmute();
                    armAgain.join();
                    control.unmute();
                    supervisor.standby();
                    recover(supervisor, control);
                }
                report(Stats.of(trip), Stats.of(baseline));
            }
        } finally {
            scheduler.shutdownNow();
        }
    }

    /** Starts an ARM that the muted unit leaves unanswered, and returns 0-150 ms after its first frame went out. */
    private static Thread armInFlight(SessionSupervisor supervisor, MutingTransport transport, Random random)
            throws InterruptedException {
        long before = transport.armsWritten();
        Thread arm = new Thread(() -> LAST_ARM.set(supervisor.arm()), "bench-operator-arm");
        arm.start();
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (transport.armsWritten() == before) {
            require(System.nanoTime() < deadline, "ARM sent (arm " + LAST_ARM.get() + ")");
            Thread.sleep(1);
        }
        Thread.sleep(random.nextInt(150));
        return arm;
    }

    private static void recover(SessionSupervisor supervisor, SimulatorControl control) throws InterruptedException {
        control.unmute();
        Thread.sleep(20);
        if (supervisor.state().isLatched()) {
            require(supervisor.reset().accepted(), "reset");
        }
    }

    private static ProfileSet profiles() {
        LoadReport report = new ProfileLoader().loadDeviceFolder(Path.of("device-profiles/reference-laser"));
        return report.set("reference-laser").orElseThrow();
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("bench set-up failed: " + what);
        }
    }

    private static void report(Stats trip, Stats baseline) {
        System.out.println();
        System.out.println("## Trip: interlock event to STANDBY frame written, while the operator's ARM retries against a muted unit");
        System.out.println(Stats.header());
        System.out.println(baseline.row("baseline: the bare STANDBY frame written to the transport"));
        System.out.println(trip.row("supervisor.onEvent(interlock open) to STANDBY frame written"));
        System.out.println(String.format(Locale.ROOT, "median %.1f x the bare write; an ARM against the muted unit takes up to 300 ms",
                trip.medianMicros() / baseline.medianMicros()));
    }
}
