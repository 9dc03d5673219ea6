package org.pulseguard.device.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserState;
import org.pulseguard.protocol.reference.MessageType;

/**
 * A standby (a trip's or the operator's) takes the driver's priority path, like the emergency stop:
 * it does not wait for another command's reply or retries, and an ARM asked for before it is never
 * written after it (issue 7 item 2, H19).
 */
class ReferenceLaserDriverSafeStateTest extends DriverTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private CompletableFuture<LaserState> async(DeviceCall call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return call.run();
            } catch (DeviceException e) {
                throw new CompletionException(e);
            }
        });
    }

    @FunctionalInterface
    private interface DeviceCall {
        LaserState run() throws DeviceException;
    }

    @Test
    void standby_whileAnotherCommandAwaitsItsReply_goesOutAndIsAnsweredFirst() throws Exception {
        // Given: a GET_STATUS the unit holds unanswered (a 10 s timeout keeps it from being retried)
        newDriver(new ReferenceDriverSettings(Duration.ofSeconds(10), RETRIES, Duration.ofSeconds(30)));
        driver.connect();
        CountDownLatch release = new CountDownLatch(1);
        laser.script(MessageType.GET_STATUS, UnitBehaviour.hold(release));
        CompletableFuture<LaserState> status = async(() -> driver.status().state());
        await().atMost(WAIT).until(() -> !laser.framesOfType(MessageType.GET_STATUS).isEmpty());
        // When
        CompletableFuture<LaserState> standby = async(driver::standby);
        // Then: the standby is answered while GET_STATUS still waits (behind it, it would wait 10 s)
        LaserState after;
        boolean statusStillWaiting;
        try {
            after = standby.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            statusStillWaiting = !status.isDone();
        } finally {
            release.countDown();
        }
        assertThat(after).isEqualTo(LaserState.STANDBY);
        assertThat(statusStillWaiting).isTrue();
        assertThat(status.get(5, TimeUnit.SECONDS)).isEqualTo(LaserState.STANDBY);
    }

    @Test
    void arm_unansweredWhenAStandbyGoesOut_isNeverSentAgain() throws Exception {
        // Given: an ARM the silent unit does not answer (3 s per attempt, 2 retries)
        newDriver(new ReferenceDriverSettings(Duration.ofSeconds(3), RETRIES, Duration.ofSeconds(10)));
        driver.connect();
        laser.script(MessageType.ARM, UnitBehaviour.drop(), UnitBehaviour.drop(), UnitBehaviour.drop());
        CompletableFuture<LaserState> arm = async(driver::arm);
        await().atMost(WAIT).until(() -> !laser.framesOfType(MessageType.ARM).isEmpty());
        // When: a trip sends the unit to STANDBY
        assertThat(driver.standby()).isEqualTo(LaserState.STANDBY);
        // Then: the ARM fails without a retry, so a unit that comes back cannot be armed by it
        ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> arm.get(10, TimeUnit.SECONDS));
        assertThat(failure.getCause()).isInstanceOf(DeviceException.class).hasMessageContaining("STANDBY or emergency stop");
        assertThat(laser.framesOfType(MessageType.ARM)).hasSize(1);
        assertThat(laser.requestTypes()).containsSubsequence(MessageType.ARM, MessageType.STANDBY);
    }
}
