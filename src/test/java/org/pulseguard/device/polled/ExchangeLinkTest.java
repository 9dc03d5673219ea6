package org.pulseguard.device.polled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.transport.SerialSettings;

/** The one-exchange-at-a-time link, against a unit that answers each byte {@code q} with {@code a}. */
class ExchangeLinkTest {
    private static final Duration TIMEOUT = Duration.ofMillis(80);

    private final EchoUnit unit = new EchoUnit();
    private final List<String> losses = new CopyOnWriteArrayList<>();
    private final PolledLinkCounters counters = new PolledLinkCounters();
    private ExchangeLink link;

    @BeforeEach
    void open() {
        unit.open();
        link = new ExchangeLink(unit, "echo", TIMEOUT, 2, counters, losses::add);
        link.start();
    }

    @AfterEach
    void close() {
        link.close();
    }

    @Test
    void exchange_answered_returnsTheValue() throws Exception {
        // When / Then
        assertThat(link.exchange(new OneByte("q"))).isEqualTo("a");
    }

    @Test
    void exchange_fencedAfterAnInterjection_isRefusedAndNeverWritten() throws Exception {
        // Given
        long fence = link.interjections();
        link.interject("!".getBytes(StandardCharsets.US_ASCII), "stop", null);
        unit.writes.clear();
        // When / Then
        assertThatThrownBy(() -> link.exchange(new OneByte("q"), fence)).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.refusal()).contains(RefusalReason.FAULT_LATCHED));
        assertThatThrownBy(() -> link.send("x".getBytes(StandardCharsets.US_ASCII), "x", fence))
                .isInstanceOf(DeviceException.class);
        assertThat(unit.writes).isEmpty();
        assertThat(link.exchange(new OneByte("q"))).isEqualTo("a");
    }

    @Test
    void interject_whileAnExchangeWaits_failsItAndTheLateReplyIsDrained() throws Exception {
        // Given an exchange whose reply is held back
        unit.hold = true;
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return link.exchange(new OneByte("q"));
            } catch (DeviceException e) {
                throw new CompletionException(e);
            }
        });
        await().until(() -> !unit.writes.isEmpty());
        // When
        link.interject("!".getBytes(StandardCharsets.US_ASCII), "stop",
                DeviceException.refused(RefusalReason.FAULT_LATCHED, "interrupted"));
        unit.release("z");
        // Then
        assertThatThrownBy(() -> waiting.get(1, TimeUnit.SECONDS)).hasCauseInstanceOf(DeviceException.class);
        unit.hold = false;
        assertThat(link.exchange(new OneByte("q"))).isEqualTo("a");
    }

    @Test
    void interject_whileAnExchangeIsBlockedWritingInTheTransport_reachesTheTransportBeforeThatWriteEnds()
            throws Exception {
        // Given an exchange whose write is stuck in the transport until released
        unit.blockWritesOf = "q";
        CompletableFuture<String> waiting = exchangeInBackground();
        unit.blockedWriteStarted.await();
        // When the stop is interjected (from another thread, so a wrong design blocks only it)
        CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> {
            try {
                link.interject("!".getBytes(StandardCharsets.US_ASCII), "stop", null);
            } catch (DeviceException e) {
                throw new CompletionException(e);
            }
        });
        // Then its bytes reach the transport while the other write is still stuck
        try {
            await().until(() -> unit.written().contains("!"));
            assertThat(unit.releaseBlockedWrite.getCount()).isEqualTo(1);
        } finally {
            unit.releaseBlockedWrite.countDown();
        }
        stop.get(5, TimeUnit.SECONDS);
        // And the stuck write, which may have reached the unit after the stop, is followed by the stop again
        waiting.get(5, TimeUnit.SECONDS);
        assertThat(unit.written()).isEqualTo("!q!");
    }

    private CompletableFuture<String> exchangeInBackground() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return link.exchange(new OneByte("q"));
            } catch (DeviceException e) {
                throw new CompletionException(e);
            }
        });
    }

    @Test
    void exchange_unitSilent_timesOutAfterEveryAttemptWithoutLosingTheLink() {
        // Given
        unit.goSilent();
        // When / Then
        assertThatThrownBy(() -> link.exchange(new OneByte("q"))).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.TIMEOUT);
            assertThat(e.getMessage()).contains("3 attempts");
        });
        assertThat(counters.snapshot().retries()).isEqualTo(2);
        assertThat(link.isAlive()).isTrue();
        assertThat(losses).isEmpty();
    }

    @Test
    void transportLost_reportsTheLossOnceAndLaterExchangesAreNotSent() {
        // When
        unit.disconnect();
        // Then
        await().until(() -> !link.isAlive());
        assertThatThrownBy(() -> link.exchange(new OneByte("q"))).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo(DeviceException.Reason.NOT_CONNECTED));
        assertThat(losses).hasSize(1);
    }

    /**
     * Answers {@code q} with {@code a}, or holds the answer back until released; a write of
     * {@link #blockWritesOf} blocks in the transport (after the bytes are recorded as handed over
     * but before they count as written) until {@link #releaseBlockedWrite}.
     */
    private static final class EchoUnit extends FakeLineUnit {
        volatile boolean hold;
        volatile String blockWritesOf;
        final CountDownLatch blockedWriteStarted = new CountDownLatch(1);
        final CountDownLatch releaseBlockedWrite = new CountDownLatch(1);
        private final List<String> handedOver = new CopyOnWriteArrayList<>();

        @Override
        public void write(byte[] data) throws org.pulseguard.transport.TransportException {
            String text = new String(data, StandardCharsets.US_ASCII);
            if (text.equals(blockWritesOf)) {
                blockedWriteStarted.countDown();
                try {
                    releaseBlockedWrite.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            handedOver.add(text);
            super.write(data);
        }

        /** Every write that reached the unit, in order, joined. */
        String written() {
            return String.join("", handedOver);
        }

        EchoUnit() {
            super("echo", SerialSettings.REFERENCE_DEFAULT);
        }

        @Override
        protected void onBytes(byte[] data) {
            if (!hold && data.length == 1 && data[0] == 'q') {
                answer("a".getBytes(StandardCharsets.US_ASCII));
            }
        }

        void release(String text) {
            answer(text.getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** A one-byte request whose reply is one byte. */
    private record OneByte(String text) implements Exchange<String> {
        @Override
        public String describe() {
            return text;
        }

        @Override
        public byte[] bytes() {
            return text.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public Attempt<String> begin() {
            return new Attempt<>() {
                @Override
                public Optional<AttemptResult<String>> feed(byte[] data, int offset, int count) {
                    return Optional.of(new AttemptResult.Answered<>(new String(data, offset, 1, StandardCharsets.US_ASCII)));
                }

                @Override
                public AttemptResult<String> expire() {
                    return new AttemptResult.Unusable<>(true, "no reply");
                }
            };
        }
    }
}
