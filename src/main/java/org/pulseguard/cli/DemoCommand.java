package org.pulseguard.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.device.reference.ReferenceDriverSettings;
import org.pulseguard.device.reference.ReferenceLaserDriver;
import org.pulseguard.profile.LoadReport;
import org.pulseguard.profile.ProfileLoader;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.simulator.ReferenceLaserSimulator;
import org.pulseguard.simulator.SimulatorConfig;
import org.pulseguard.simulator.endpoint.PtyEndpoint;
import org.pulseguard.transport.SerialPortTransport;
import org.pulseguard.transport.SerialSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pulseguard demo}: the main job against an embedded simulator. Starts a simulated reference
 * laser on a pseudo-terminal, connects to it through jSerialComm like to a real unit, and runs a
 * supervised treatment session: a refused over-limit request, an accepted setpoint, two runs, an
 * interlock trip and an emergency stop, printing each decision, each pulse and the final counters.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a supervised session against an embedded simulator on a pseudo-terminal.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--profiles", defaultValue = "device-profiles", description = "Profile folder (default ${DEFAULT-VALUE}).")
    Path profiles;

    @Option(names = "--seed", defaultValue = "7", description = "Simulator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        LoadReport report = new ProfileLoader().loadDeviceFolder(profiles.resolve("reference-laser"));
        if (!report.isValid() || report.set("reference-laser").isEmpty()) {
            System.err.println("cannot load " + profiles.resolve("reference-laser") + ": " + report.problems());
            return 2;
        }
        ProfileSet set = report.set("reference-laser").get();
        Path dir = Files.createTempDirectory("pulseguard-demo");
        Path link = dir.resolve("laser0");
        SimulatorConfig config = SimulatorConfig.builder().seed(seed).warmUp(Duration.ofMillis(200))
                .emissionDelay(set.device().emissionDelay()).watchdogPeriod(set.device().watchdogPeriod()).build();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "pulseguard-demo-scheduler");
            t.setDaemon(true);
            return t;
        });
        try (ReferenceLaserSimulator simulator = new ReferenceLaserSimulator(config)) {
            simulator.start(new PtyEndpoint(link));
            out.println("embedded simulator " + config.device().model() + " on " + simulator.endpoint().describe());
            try (LaserDevice laser = new ReferenceLaserDriver(new SerialPortTransport(link.toString(), SerialSettings.REFERENCE_DEFAULT),
                    scheduler, Clock.systemUTC(), ReferenceDriverSettings.defaults())) {
                waitForWarmUp(simulator);
                laser.addListener(event -> printDeviceEvent(out, event));
                laser.connect();
                out.println("connected through jSerialComm to " + link + ": " + laser.identity().orElseThrow());
                boolean ok = new DemoSession(out, laser, set, simulator.control(), scheduler).run();
                PulseCounters counters = laser.counters();
                out.printf("final counters: lifetime %d, user %d (simulator truth: lifetime %d)%n", counters.lifetimePulses(),
                        counters.userPulses(), simulator.control().snapshot().device().lifetimePulses());
                return ok ? 0 : 1;
            }
        } finally {
            scheduler.shutdownNow();
            Files.deleteIfExists(link);
            Files.deleteIfExists(dir);
        }
    }

    private static void waitForWarmUp(ReferenceLaserSimulator simulator) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (simulator.control().snapshot().device().state() != org.pulseguard.protocol.reference.WireState.STANDBY
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static void printDeviceEvent(PrintStream out, DeviceEvent event) {
        if (event instanceof DeviceEvent.PulseEmitted p) {
            out.printf("    pulse %d (user %d): measured %s%n", p.lifetimePulse(), p.userPulse(), p.measured());
        } else if (!(event instanceof DeviceEvent.FootswitchChanged)) {
            out.println("    unit: " + event.getClass().getSimpleName() + " " + describe(event));
        }
    }

    private static String describe(DeviceEvent event) {
        String text = event.toString();
        int open = text.indexOf('[');
        return open < 0 ? text : text.substring(open);
    }
}
