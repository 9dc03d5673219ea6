package org.pulseguard.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.polled.AttemptResult;
import org.pulseguard.device.polled.Exchange;
import org.pulseguard.device.polled.ExchangeLink;
import org.pulseguard.device.polled.PolledLinkCounters;
import org.pulseguard.transport.ByteTransport;
import org.pulseguard.transport.SerialSettings;

/**
 * Polled units (issue 7 item 2): time from an emergency-stop interjection being requested to its
 * bytes entering the transport's write, while an operator command's write is stuck inside the
 * transport (as it can be for up to the 1 s write timeout). In-memory transport, so the numbers
 * are the link's own overhead. Baseline: the same bytes written straight to the transport.
 */
final class PolledEmergencyStopBench {
    private static final int STOPS = 300;
    private static final byte[] STOP = "QSW SING\rOFF\r".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMAND = "READ:OPFN?\r".getBytes(StandardCharsets.US_ASCII);

    void run() throws Exception {
        long[] viaLink = new long[STOPS];
        long[] baseline = new long[STOPS];
        for (int i = 0; i < STOPS; i++) {
            StuckTransport transport = new StuckTransport();
            ExchangeLink link = new ExchangeLink(transport, "bench", Duration.ofMillis(200), 0, new PolledLinkCounters(),
                    reason -> { });
            link.start();
            Thread operator = new Thread(() -> {
                try {
                    link.exchange(new Query());
                } catch (DeviceException e) {
                    // the stuck command's own fate is not measured
                }
            }, "bench-operator");
            operator.start();
            transport.commandStuck.await();
            long start = System.nanoTime();
            link.interject(STOP, "emergency stop", null);
            viaLink[i] = transport.stopEnteredNanos - start;
            transport.release.countDown();
            operator.join();
            long rawStart = System.nanoTime();
            transport.write(STOP);
            baseline[i] = transport.stopEnteredNanos - rawStart;
            link.close();
        }
        Stats link = Stats.of(viaLink);
        Stats raw = Stats.of(baseline);
        System.out.println();
        System.out.println("## Polled unit: emergency stop requested to bytes in the transport, an operator write stuck in it");
        System.out.println(Stats.header());
        System.out.println(raw.row("baseline: the same bytes written straight to the transport"));
        System.out.println(link.row("ExchangeLink.interject() to transport write entered"));
        System.out.printf(Locale.ROOT, "%np99 %.1f µs while the operator's write stays stuck (before: up to the 1 s write timeout)%n",
                link.percentileMicros(99));
    }

    /** An in-memory transport whose write of the operator's command blocks until released. */
    private static final class StuckTransport implements ByteTransport {
        final CountDownLatch commandStuck = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile long stopEnteredNanos;

        @Override public void open() { }
        @Override public int read(byte[] buffer) throws org.pulseguard.transport.TransportException {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }

        @Override
        public void write(byte[] data) {
            if (Arrays.equals(data, STOP)) {
                stopEnteredNanos = System.nanoTime();
                return;
            }
            commandStuck.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override public boolean isOpen() { return true; }
        @Override public int pollMillis() { return 5; }
        @Override public SerialSettings settings() { return SerialSettings.REFERENCE_DEFAULT; }
        @Override public String describe() { return "bench:stuck"; }
        @Override public void close() { }
    }

    /** A query whose reply never comes (the bench does not wait for it: no retries, 200 ms). */
    private static final class Query implements Exchange<String> {
        @Override public String describe() { return "READ:OPFN?"; }
        @Override public byte[] bytes() { return COMMAND; }
        @Override
        public Attempt<String> begin() {
            return new Attempt<>() {
                @Override
                public Optional<AttemptResult<String>> feed(byte[] data, int offset, int count) {
                    return Optional.empty();
                }

                @Override
                public AttemptResult<String> expire() {
                    return new AttemptResult.Unusable<>(true, "no reply");
                }
            };
        }
    }
}
