package org.pulseguard.simulator;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.simulator.bigsky.BigSkyConfig;
import org.pulseguard.simulator.bigsky.BigSkySimulator;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.pulseguard.simulator.endpoint.InMemoryEndpoint;
import org.pulseguard.simulator.model.FakeClock;
import org.pulseguard.simulator.quantaray.QuantaRayConfig;
import org.pulseguard.simulator.quantaray.QuantaRaySimulator;

/**
 * A started text-dialect simulator (Big Sky or Quanta-Ray) on an in-memory endpoint and a fake
 * clock (pacing as the builder says: the test builders below switch it off), with the host's side: send lines, wait for reply bytes. Close it after the test.
 */
public final class LineUnitHarness<S extends LineUnitSimulator<?, ?>> implements AutoCloseable {
    public final FakeClock clock;
    public final InMemoryEndpoint endpoint = new InMemoryEndpoint();
    public final S simulator;
    private final ScheduledExecutorService ticker;
    private int mark;

    private LineUnitHarness(FakeClock clock, ScheduledExecutorService ticker, S simulator) throws EndpointException {
        this.clock = clock;
        this.ticker = ticker;
        this.simulator = simulator;
        simulator.start(endpoint);
    }

    /** Big Sky defaults without pacing, for fast tests. */
    public static BigSkyConfig.Builder fastBigSky() {
        return BigSkyConfig.builder().pacing(false);
    }

    /** Quanta-Ray defaults without pacing and warm-up, for fast tests. */
    public static QuantaRayConfig.Builder fastQuantaRay() {
        return QuantaRayConfig.builder().pacing(false).warmUp(Duration.ZERO);
    }

    /** A Big Sky unit built from {@code config}. */
    public static LineUnitHarness<BigSkySimulator> bigSky(BigSkyConfig.Builder config) throws EndpointException {
        FakeClock clock = new FakeClock();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        return new LineUnitHarness<>(clock, ticker, new BigSkySimulator(config.build(), clock, ticker));
    }

    /** A Quanta-Ray unit built from {@code config}. */
    public static LineUnitHarness<QuantaRaySimulator> quantaRay(QuantaRayConfig.Builder config)
            throws EndpointException {
        FakeClock clock = new FakeClock();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        return new LineUnitHarness<>(clock, ticker, new QuantaRaySimulator(config.build(), clock, ticker));
    }

    /** The host writes {@code text} (ASCII, terminators included). */
    public void send(String text) {
        send(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The host writes {@code bytes}. */
    public void send(byte[] bytes) {
        endpoint.hostSends(bytes);
    }

    /** Waits (up to 2 s) until {@code count} bytes arrived after the mark; returns exactly those and moves the mark past them. */
    public byte[] awaitBytes(int count) {
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(1))
                .until(() -> endpoint.hostReceivedBytes().length >= mark + count);
        byte[] all = endpoint.hostReceivedBytes();
        byte[] out = Arrays.copyOfRange(all, mark, mark + count);
        mark += count;
        return out;
    }

    /** Waits until {@code lines} LFs arrived after the mark; returns the bytes up to the last and moves the mark past them. */
    public String awaitLines(int lines) {
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(1)).until(() -> lineEnd(lines) > 0);
        int end = lineEnd(lines);
        String out = new String(endpoint.hostReceivedBytes(), mark, end - mark, StandardCharsets.ISO_8859_1);
        mark = end;
        return out;
    }

    /** Sends {@code request} and returns the next {@code replyLength} bytes as text. */
    public String ask(String request, int replyLength) {
        send(request);
        return new String(awaitBytes(replyLength), StandardCharsets.ISO_8859_1);
    }

    /** Bytes received after the mark, without waiting or moving the mark. */
    public byte[] unread() {
        byte[] all = endpoint.hostReceivedBytes();
        return Arrays.copyOfRange(all, mark, all.length);
    }

    /** Moves the mark to the end of what arrived so far. */
    public void skipReceived() {
        mark = endpoint.hostReceivedBytes().length;
    }

    /** Moves the fake clock and waits for the ticker to advance the unit to it. */
    public void advanceMillis(long millis) {
        clock.advanceMillis(millis);
        simulator.unit().tick();
    }

    private int lineEnd(int lines) {
        byte[] all = endpoint.hostReceivedBytes();
        int seen = 0;
        for (int i = mark; i < all.length; i++) {
            if (all[i] == '\n' && ++seen == lines) {
                return i + 1;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        simulator.close();
        ticker.shutdownNow();
    }
}
