package org.pulseguard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.reference.ReferenceDriverSettings;
import org.pulseguard.device.reference.ReferenceLaserDriver;
import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireState;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.simulator.ReferenceLaserSimulator;
import org.pulseguard.simulator.SimulatorConfig;
import org.pulseguard.simulator.control.SimulatorControl;
import org.pulseguard.simulator.endpoint.PtyEndpoint;
import org.pulseguard.transport.SerialPortTransport;
import org.pulseguard.transport.SerialSettings;

/**
 * Time from {@code emergencyStop()} being called to its frame leaving the transport, while pulse
 * events stream at 10 Hz, heartbeats run and another thread keeps a status command in flight at all
 * times (so the stop must bypass the command queue). Baseline: writing the same frame straight to
 * the transport in the same conditions.
 */
final class EmergencyStopBench {
    private static final int STOPS = 300;
    private static final Setpoint SETPOINT = new Setpoint(PulseEnergy.ofMillijoules(400), SpotDiameter.ofMillimetres(4),
            RepetitionRate.ofHertz(10), Wavelength.ND_YAG_1064);

    void run() throws Exception {
        Path dir = Files.createTempDirectory("pg-bench");
        Path link = dir.resolve("laser0");
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
        SimulatorConfig config = SimulatorConfig.builder().warmUp(Duration.ZERO).emissionDelay(Duration.ZERO).build();
        try (ReferenceLaserSimulator sim = new ReferenceLaserSimulator(config)) {
            sim.start(new PtyEndpoint(link));
            TimedTransport transport = new TimedTransport(new SerialPortTransport(link.toString(),
                    SerialSettings.REFERENCE_DEFAULT), MessageType.EMERGENCY_STOP.code());
            try (ReferenceLaserDriver driver = new ReferenceLaserDriver(transport, scheduler, Clock.systemUTC(),
                    ReferenceDriverSettings.defaults())) {
                driver.connect();
                driver.applySetpoint(SETPOINT);
                AtomicBoolean busy = new AtomicBoolean(true);
                Thread commands = commandLoad(driver, busy);
                long[] viaDriver = new long[STOPS];
                long[] baseline = new long[STOPS];
                SimulatorControl control = sim.control();
                Random random = new Random(1);
                byte[] rawStop = ReferenceCodec.encodeToBytes(200, new Request.EmergencyStop());
                for (int i = 0; i < STOPS; i++) {
                    startRun(driver, control, random);
                    long start = System.nanoTime();
                    driver.emergencyStop();
                    viaDriver[i] = transport.lastWatchedWriteNanos() - start;
                    recover(driver, control);
                    startRun(driver, control, random);
                    long rawStart = System.nanoTime();
                    transport.write(rawStop);
                    baseline[i] = System.nanoTime() - rawStart;
                    Thread.sleep(20);
                    recover(driver, control);
                }
                busy.set(false);
                commands.join();
                report(Stats.of(viaDriver), Stats.of(baseline));
            }
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static Thread commandLoad(ReferenceLaserDriver driver, AtomicBoolean busy) {
        Thread t = new Thread(() -> {
            while (busy.get()) {
                try {
                    driver.status();
                } catch (Exception e) {
                    // refusals and timeouts during the stop cycles are expected load, not results
                }
            }
        }, "bench-command-load");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void startRun(ReferenceLaserDriver driver, SimulatorControl control, Random random) throws Exception {
        driver.arm();
        control.pressFootswitch();
        long pulses = control.snapshot().device().pulsesEmitted();
        while (control.snapshot().device().pulsesEmitted() == pulses) {
            Thread.sleep(1);
        }
        Thread.sleep(5 + random.nextInt(60));
    }

    private static void recover(ReferenceLaserDriver driver, SimulatorControl control) throws Exception {
        control.releaseFootswitch();
        while (control.snapshot().device().state() != WireState.STANDBY) {
            Thread.sleep(1);
        }
        driver.resetFault();
    }

    private static void report(Stats viaDriver, Stats baseline) {
        System.out.println();
        System.out.println("## Emergency stop: request to frame written, pulses streaming at 10 Hz, a status command always in flight");
        System.out.println(Stats.header());
        System.out.println(baseline.row("baseline: the same frame written straight to the transport"));
        System.out.println(viaDriver.row("driver.emergencyStop() to frame written"));
        System.out.printf(Locale.ROOT, "%np99 %.1f µs (target ≤ 1000 µs); median %.2f × the baseline write%n",
                viaDriver.percentileMicros(99), viaDriver.medianMicros() / baseline.medianMicros());
    }
}
