package org.pulseguard.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireCause;
import org.pulseguard.protocol.reference.WireFault;
import org.pulseguard.protocol.reference.WireState;

/** Warm-up, emission delay, pulse rate and watchdog on fake time. */
class LaserModelTimingTest {

    @Test
    void powerUp_withKeyOn_warmsUpForTheConfiguredTime() {
        // Given a unit powered up at t = 0 with the key on
        ModelDriver driver = new ModelDriver(ModelDriver.config());
        // When 1 ns before and at the end of the 3 s warm-up
        driver.atNanos(3000 * ModelDriver.MS - 1);
        WireState before = driver.snapshot().state();
        driver.atMillis(3000);
        // Then it is WARM_UP, then STANDBY with the events in order
        assertThat(before).isEqualTo(WireState.WARM_UP);
        assertThat(driver.events()).containsExactly(
                new Event.StateChanged(WireState.OFF, WireState.WARM_UP, WireCause.POWER),
                new Event.StateChanged(WireState.WARM_UP, WireState.STANDBY, WireCause.WARM_UP_COMPLETE));
    }

    @Test
    void footswitch_heldFromArm_firstPulseExactlyAtEmissionDelay() {
        // Given a unit armed at t = 3000 with the footswitch pressed at once
        ModelDriver driver = new ModelDriver(ModelDriver.config()).ready();
        driver.model.setFootswitch(true, 3000 * ModelDriver.MS);
        driver.clearEvents();
        // When time runs to 1 ns before the emission delay ends
        driver.atMillis(3400);
        driver.send(new Request.Heartbeat());
        driver.atMillis(3800);
        driver.send(new Request.Heartbeat());
        driver.atNanos(4000 * ModelDriver.MS - 1);
        // Then nothing fired yet; at 4000 ms EMISSION starts with a pulse
        assertThat(driver.events(Event.Pulse.class)).isEmpty();
        assertThat(driver.snapshot().state()).isEqualTo(WireState.READY);
        driver.atMillis(4000);
        assertThat(driver.events()).containsExactly(
                new Event.StateChanged(WireState.READY, WireState.EMISSION, WireCause.FOOTSWITCH),
                new Event.Pulse(1001, 1, 100_000));
    }

    @Test
    void emission_at5HzForExactly2Seconds_fires11Pulses() {
        // Given 5 Hz, armed, footswitch held, emission started at t = 4000
        ModelDriver driver = new ModelDriver(ModelDriver.config()).standby();
        driver.send(new Request.SetRate(5_000));
        driver.send(new Request.Arm());
        driver.model.setFootswitch(true, 3000 * ModelDriver.MS);
        driver.heartbeatUntil(4000);
        // When the footswitch is held for exactly 2 s and released at t = 6000
        driver.heartbeatUntil(6000);
        driver.model.setFootswitch(false, 6000 * ModelDriver.MS);
        driver.heartbeatUntil(7000);
        // Then pulses at 4000, 4200, ..., 6000 inclusive: 11, and the counters agree
        assertThat(driver.events(Event.Pulse.class)).hasSize(11);
        assertThat(driver.snapshot().userPulses()).isEqualTo(11);
        assertThat(driver.snapshot().lifetimePulses()).isEqualTo(1011);
        assertThat(driver.snapshot().state()).isEqualTo(WireState.READY);
    }

    @Test
    void watchdog_withoutHeartbeat_expiresExactlyAtThePeriod() {
        // Given a unit armed at t = 3000 (ARM feeds the watchdog)
        ModelDriver driver = new ModelDriver(ModelDriver.config()).ready();
        driver.clearEvents();
        // When 1 ns before the 500 ms period ends
        driver.atNanos(3500 * ModelDriver.MS - 1);
        // Then still READY; at the period it drops to STANDBY and latches WATCHDOG_EXPIRED
        assertThat(driver.snapshot().state()).isEqualTo(WireState.READY);
        driver.atMillis(3500);
        assertThat(driver.events()).containsExactly(
                new Event.StateChanged(WireState.READY, WireState.STANDBY, WireCause.WATCHDOG),
                new Event.FaultChanged(WireFault.WATCHDOG_EXPIRED));
        assertThat(driver.snapshot().watchdogExpiries()).isEqualTo(1);
    }

    @Test
    void watchdog_fedByHeartbeats_neverExpires() {
        // Given an armed unit
        ModelDriver driver = new ModelDriver(ModelDriver.config()).ready();
        // When heartbeats come every 200 ms for a minute of device time
        driver.heartbeatUntil(63_000);
        // Then it is still READY
        assertThat(driver.snapshot().state()).isEqualTo(WireState.READY);
        assertThat(driver.snapshot().watchdogExpiries()).isZero();
    }

    @Test
    void watchdog_otherRequests_doNotFeedIt() {
        // Given an armed unit
        ModelDriver driver = new ModelDriver(ModelDriver.config()).ready();
        // When only GET_STATUS arrives
        driver.atMillis(3300);
        driver.send(new Request.GetStatus());
        driver.atMillis(3500);
        // Then the watchdog still expires at the period
        assertThat(driver.snapshot().fault()).isEqualTo(WireFault.WATCHDOG_EXPIRED);
    }

    @Test
    void arm_inReady_countsAsHeartbeat() {
        // Given an armed unit
        ModelDriver driver = new ModelDriver(ModelDriver.config()).ready();
        // When ARM is repeated at 3400 ms
        driver.atMillis(3400);
        Reply reply = driver.send(new Request.Arm());
        driver.atMillis(3800);
        // Then it is accepted and the watchdog was fed
        assertThat(reply).isEqualTo(new Reply.StateAfter(org.pulseguard.protocol.reference.MessageType.ARM_DONE,
                WireState.READY));
        assertThat(driver.snapshot().state()).isEqualTo(WireState.READY);
    }
}
