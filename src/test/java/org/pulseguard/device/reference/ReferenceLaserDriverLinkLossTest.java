package org.pulseguard.device.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceStatus;
import org.pulseguard.device.LaserState;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.MessageType;

class ReferenceLaserDriverLinkLossTest extends DriverTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void silentUnit_connected_reportsLinkLostWithinTheBoundAndCommandsFail() throws Exception {
        // Given a connected driver with a 30 ms heartbeat
        Duration heartbeat = Duration.ofMillis(30);
        newDriver(new ReferenceDriverSettings(TIMEOUT, RETRIES, heartbeat));
        driver.connect();
        await().atMost(WAIT).until(() -> !laser.framesOfType(MessageType.HEARTBEAT).isEmpty());
        // When the unit stops answering
        long silentSince = System.nanoTime();
        laser.goSilent();
        // Then: bound = timeout * (retries + 1) + heartbeat period, plus a generous scheduling margin
        Duration bound = TIMEOUT.multipliedBy(RETRIES + 1).plus(heartbeat);
        await().atMost(bound.plusSeconds(2)).until(() -> !listener.ofType(DeviceEvent.LinkLost.class).isEmpty());
        long elapsedNanos = listener.receivedNanos.get(listener.events.indexOf(
                listener.ofType(DeviceEvent.LinkLost.class).get(0))) - silentSince;
        assertThat(Duration.ofNanos(elapsedNanos)).isLessThan(bound.plusSeconds(2));
        assertThat(listener.ofType(DeviceEvent.LinkLost.class).get(0).reason()).contains("HEARTBEAT");
        assertThat(driver.isConnected()).isFalse();
        assertThatThrownBy(driver::status).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo(DeviceException.Reason.NOT_CONNECTED));
    }

    @Test
    void transportLost_connected_reportsLinkLostOnceAndLaterCommandsFail() throws Exception {
        // Given
        driver.connect();
        // When
        laser.disconnect();
        // Then
        await().atMost(WAIT).until(() -> !driver.isConnected());
        await().atMost(WAIT).until(() -> listener.ofType(DeviceEvent.LinkLost.class).size() == 1);
        assertThatThrownBy(driver::arm).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.NOT_CONNECTED);
            assertThat(e.getMessage()).contains("lost");
        });
        assertThatThrownBy(driver::emergencyStop).isInstanceOf(DeviceException.class);
        assertThat(listener.ofType(DeviceEvent.LinkLost.class)).hasSize(1);
    }

    @Test
    void transportLost_whileCommandAwaitsReply_failsThatCommandLinkLost() throws Exception {
        // Given a command whose reply never comes
        driver.connect();
        laser.script(MessageType.GET_STATUS, UnitBehaviour.drop(), UnitBehaviour.drop(), UnitBehaviour.drop());
        CompletableFuture<DeviceStatus> pending = CompletableFuture.supplyAsync(() -> {
            try {
                return driver.status();
            } catch (DeviceException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        await().atMost(WAIT).until(() -> !laser.framesOfType(MessageType.GET_STATUS).isEmpty());
        // When
        laser.disconnect();
        // Then
        assertThatThrownBy(() -> pending.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(DeviceException.class)
                .satisfies(e -> assertThat(((DeviceException) e.getCause()).reason())
                        .isIn(DeviceException.Reason.LINK_LOST, DeviceException.Reason.NOT_CONNECTED));
    }

    @Test
    void emergencyStop_whileAnotherCommandAwaitsItsReplyAndPulsesStream_goesOutAtOnce() throws Exception {
        // Given a GET_STATUS the unit holds unanswered (a long timeout keeps it from being retried),
        // while pulses stream
        newDriver(new ReferenceDriverSettings(Duration.ofSeconds(3), RETRIES, Duration.ofSeconds(10)));
        driver.connect();
        CountDownLatch release = new CountDownLatch(1);
        laser.script(MessageType.GET_STATUS, UnitBehaviour.hold(release));
        CompletableFuture<LaserState> status = CompletableFuture.supplyAsync(() -> {
            try {
                return driver.status().state();
            } catch (DeviceException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        await().atMost(WAIT).until(() -> !laser.framesOfType(MessageType.GET_STATUS).isEmpty());
        for (int pulse = 1; pulse <= 20; pulse++) {
            laser.sendEvent(new Event.Pulse(pulse, pulse, 400_000));
        }
        // When
        LaserState afterStop = driver.emergencyStop();
        // Then the stop went out and was answered while GET_STATUS was still unanswered
        assertThat(afterStop).isEqualTo(LaserState.STANDBY);
        assertThat(status).isNotDone();
        assertThat(laser.framesOfType(MessageType.EMERGENCY_STOP)).hasSize(1);
        release.countDown();
        assertThat(status.get(5, TimeUnit.SECONDS)).isEqualTo(LaserState.STANDBY);
    }

    @Test
    void linkLost_neverReArmsOnItsOwn() throws Exception {
        // Given an armed unit whose link drops
        driver.connect();
        driver.arm();
        laser.disconnect();
        await().atMost(WAIT).until(() -> !driver.isConnected());
        // When
        driver.reconnect();
        // Then
        assertThat(laser.framesOfType(MessageType.ARM)).hasSize(1);
    }
}
