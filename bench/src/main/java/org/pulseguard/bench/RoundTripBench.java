package org.pulseguard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.device.reference.ReferenceDriverSettings;
import org.pulseguard.device.reference.ReferenceLaserDriver;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireFault;
import org.pulseguard.protocol.reference.WireState;
import org.pulseguard.simulator.ReferenceLaserSimulator;
import org.pulseguard.simulator.SimulatorConfig;
import org.pulseguard.simulator.endpoint.PtyEndpoint;
import org.pulseguard.transport.SerialPortTransport;
import org.pulseguard.transport.SerialSettings;

/**
 * A GET_STATUS round trip (7 bytes out, 23 bytes back) through a pty: raw bytes with an echo
 * device (baseline), the driver against the simulator unpaced, and paced at 115200 baud; next to
 * the wire time of those bytes.
 */
final class RoundTripBench {
    private static final int WARM_UP = 300;
    private static final int SAMPLES = 2000;
    private static final SerialSettings LINE = SerialSettings.REFERENCE_DEFAULT;

    void run() throws Exception {
        byte[] request = ReferenceCodec.encodeToBytes(1, new Request.GetStatus());
        byte[] reply = ReferenceCodec.encodeToBytes(1, new Reply.Status(WireState.STANDBY, 0, WireFault.NONE, false,
                100_000, 3000, 1000, 1064));
        Stats raw = rawEcho(request, reply);
        Stats unpaced = driverRoundTrips(false);
        Stats paced = driverRoundTrips(true);
        double wireBoth = LINE.wireTimeNanos(request.length + reply.length) / 1000.0;
        double wireReply = LINE.wireTimeNanos(reply.length) / 1000.0;
        System.out.println();
        System.out.println("## Command round trip (GET_STATUS: " + request.length + " + " + reply.length + " bytes, " + LINE + ")");
        System.out.println(Stats.header());
        System.out.println(raw.row("baseline: raw bytes through the pty to an echo device (jSerialComm, no codec)"));
        System.out.println(unpaced.row("driver.status() against the simulator, pacing off"));
        System.out.println(paced.row("driver.status() against the simulator, paced at " + LINE.baud() + " baud"));
        System.out.printf(Locale.ROOT, "%nwire time: request + reply %.1f µs, reply alone %.1f µs (the pty carries the request instantly; "
                + "the simulator paces only its reply)%n", wireBoth, wireReply);
        System.out.printf(Locale.ROOT, "overhead above wire time (paced median − reply wire time): %.1f µs (target ≤ 500 µs)%n",
                paced.medianMicros() - wireReply);
        System.out.printf(Locale.ROOT, "software path (unpaced median): %.1f µs = %.2f × the raw pty round trip baseline%n",
                unpaced.medianMicros(), unpaced.medianMicros() / raw.medianMicros());
    }

    private Stats rawEcho(byte[] request, byte[] reply) throws Exception {
        Path dir = Files.createTempDirectory("pg-bench");
        PtyEndpoint device = new PtyEndpoint(dir.resolve("echo0"));
        device.open();
        Thread echo = new Thread(() -> {
            byte[] buffer = new byte[64];
            int have = 0;
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    int n = device.read(buffer);
                    have += Math.max(0, n);
                    while (have >= request.length) {
                        device.write(reply);
                        have -= request.length;
                    }
                }
            } catch (Exception e) {
                // the endpoint closes at the end of the run
            }
        }, "bench-echo");
        echo.setDaemon(true);
        echo.start();
        SerialPortTransport client = new SerialPortTransport(dir.resolve("echo0").toString(), LINE);
        client.open();
        long[] samples = new long[SAMPLES];
        byte[] in = new byte[64];
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            long start = System.nanoTime();
            client.write(request);
            int got = 0;
            while (got < reply.length) {
                got += client.read(in);
            }
            if (i >= WARM_UP) {
                samples[i - WARM_UP] = System.nanoTime() - start;
            }
        }
        client.close();
        echo.interrupt();
        device.close();
        return Stats.of(samples);
    }

    private Stats driverRoundTrips(boolean pacing) throws Exception {
        Path dir = Files.createTempDirectory("pg-bench");
        Path link = dir.resolve("laser0");
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
        SimulatorConfig config = SimulatorConfig.builder().warmUp(Duration.ZERO).pacing(pacing).build();
        try (ReferenceLaserSimulator sim = new ReferenceLaserSimulator(config)) {
            sim.start(new PtyEndpoint(link));
            try (ReferenceLaserDriver driver = new ReferenceLaserDriver(new SerialPortTransport(link.toString(), LINE), scheduler,
                    Clock.systemUTC(), ReferenceDriverSettings.defaults())) {
                driver.connect();
                long[] samples = new long[SAMPLES];
                for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                    long start = System.nanoTime();
                    driver.status();
                    if (i >= WARM_UP) {
                        samples[i - WARM_UP] = System.nanoTime() - start;
                    }
                }
                return Stats.of(samples);
            }
        } finally {
            scheduler.shutdownNow();
        }
    }
}
