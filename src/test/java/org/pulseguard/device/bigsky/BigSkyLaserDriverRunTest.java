package org.pulseguard.device.bigsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.device.StateChangeCause;

/** Runs seen through the poll: counter deltas, footswitch-driven emission, interlocks mid-run. */
class BigSkyLaserDriverRunTest extends BigSkyDriverFixture {
    private static final Duration FAST_POLLS = Duration.ofMillis(15);
    private static final int WATER_FLOW_BIT = 0;

    @BeforeEach
    void connectArmed() throws Exception {
        newDriver(settings(FAST_POLLS));
        connectWithHandpiece();
        driver.applySetpoint(TREATMENT);
        driver.arm();
    }

    @Test
    void run_footswitchHeldWhileThePulsesFire_isCountedFromCounterDeltasInOrder() throws Exception {
        // When
        // (the status word cannot show firing on the footswitch: EMISSION comes from the rising counter)
        unit.holdFootswitch(true);
        unit.fire(7);
        await().until(() -> driver.status().state() == LaserState.EMISSION);
        await().until(() -> events.pulsesCounted() == 7);
        unit.fire(5);
        unit.holdFootswitch(false);
        // Then
        await().until(() -> events.pulsesCounted() == 12 && stateChangesTo(LaserState.READY) == 2);
        List<DeviceEvent.PulsesCounted> counted = events.ofType(DeviceEvent.PulsesCounted.class);
        assertThat(counted.get(0).firstLifetimePulse()).isEqualTo(1_001);
        assertThat(counted.get(counted.size() - 1).lastLifetimePulse()).isEqualTo(1_012);
        int entered = indexOf(LaserState.READY, LaserState.EMISSION);
        int left = indexOf(LaserState.EMISSION, LaserState.READY);
        assertThat(events.events.indexOf(counted.get(0))).isBetween(entered, left);
        assertThat(events.events.indexOf(counted.get(counted.size() - 1))).isBetween(entered, left);
        assertThat(events.ofType(DeviceEvent.StateChanged.class)).anyMatch(e -> e.to() == LaserState.EMISSION
                && e.cause() == StateChangeCause.FOOTSWITCH);
        assertThat(events.ofType(DeviceEvent.FootswitchChanged.class)).isEmpty();
        assertThat(driver.counters()).isEqualTo(new PulseCounters(1_012, 52));
    }

    @Test
    void counters_readByACommand_countTheDeltaOnceOnly() throws Exception {
        // Given
        unit.holdFootswitch(true);
        unit.fire(3);
        // When
        PulseCounters read = driver.counters();
        await().pollDelay(Duration.ofMillis(100)).until(() -> true);
        // Then
        assertThat(read.lifetimePulses()).isEqualTo(1_003);
        assertThat(events.pulsesCounted()).isEqualTo(3);
    }

    @Test
    void resetUserCounter_sendsUcq0AndReportsZero() throws Exception {
        // When
        PulseCounters after = driver.resetUserCounter();
        // Then
        assertThat(after).isEqualTo(new PulseCounters(1_000, 0));
        assertThat(unit.commands()).contains("UCQ0");
        assertThat(unit.userPulses).isZero();
    }

    @Test
    void interlockOpensMidRun_nextPollReportsItTripsAFaultAndTheUnitEndsStopped() throws Exception {
        // Given a run in progress
        unit.holdFootswitch(true);
        unit.fire(2);
        await().until(() -> driver.status().state() == LaserState.EMISSION);
        // When the water flow fails: the unit stops its lamp
        unit.openLampInterlock(WATER_FLOW_BIT);
        // Then
        await().until(() -> events.ofType(DeviceEvent.InterlocksChanged.class).stream()
                .anyMatch(e -> e.open().contains(Interlock.WATER_FLOW)));
        await().until(() -> events.ofType(DeviceEvent.StateChanged.class).stream()
                .anyMatch(e -> e.from() == LaserState.EMISSION && e.cause() == StateChangeCause.INTERLOCK));
        await().until(() -> events.ofType(DeviceEvent.FaultChanged.class).stream()
                .anyMatch(e -> e.fault() == DeviceFault.WATER_FLOW));
        await().until(() -> !unit.shutterOpen && !unit.qswitchAtRun);
        assertThat(unit.commands()).containsSubsequence("IF", "IF2", "S", "SQ", "QOF0", "R0");
        assertThat(driver.status().state()).isEqualTo(LaserState.STANDBY);
    }

    @Test
    void capacitorFailureWithoutTheIDigit_isFoundByThePeriodicFullReadingLatchedAndStopped() {
        // When IF2 bit 2 (capacitor load fail) appears while WOR still shows I 0
        unit.lampInterlock2Bits = 1 << 2;
        // Then
        await().until(() -> events.ofType(DeviceEvent.FaultChanged.class).stream()
                .anyMatch(e -> e.fault() == DeviceFault.INTERNAL));
        await().until(() -> !unit.shutterOpen && !unit.lampRunning);
        assertThat(events.ofType(DeviceEvent.InterlocksChanged.class)).isEmpty();
    }

    @Test
    void rebootWhileArmed_isReportedWithCausePower_fromTheTimeoutFunctionBackAtItsPowerUpValue() {
        // When the unit reboots: saved slot 1 again (L0), lamp and Q-switch stopped, shutter closed
        unit.powerUp();
        // Then the poll names the restart, and the driver asked L once to tell it
        await().until(() -> events.ofType(DeviceEvent.StateChanged.class).stream().anyMatch(e ->
                e.from() == LaserState.READY && e.to() == LaserState.STANDBY));
        assertThat(events.ofType(DeviceEvent.StateChanged.class)).filteredOn(e -> e.from() == LaserState.READY)
                .singleElement().satisfies(e -> assertThat(e.cause()).isEqualTo(StateChangeCause.POWER));
        assertThat(events.ofType(DeviceEvent.FaultChanged.class)).isEmpty();
    }

    @Test
    void unitStoppingItselfWhileArmed_withItsSettingsKept_isReportedWithCauseFault() {
        // When the unit stops its lamp and Q-switch by itself; L1 and the countdowns are still in force
        unit.stopsByItself();
        // Then it is a fault stop, not a restart
        await().until(() -> events.ofType(DeviceEvent.StateChanged.class).stream().anyMatch(e ->
                e.from() == LaserState.READY && e.to() == LaserState.STANDBY));
        assertThat(events.ofType(DeviceEvent.StateChanged.class)).filteredOn(e -> e.from() == LaserState.READY)
                .singleElement().satisfies(e -> assertThat(e.cause()).isEqualTo(StateChangeCause.FAULT));
        assertThat(unit.commands()).contains("L");
    }

    private long stateChangesTo(LaserState to) {
        return events.ofType(DeviceEvent.StateChanged.class).stream().filter(e -> e.to() == to).count();
    }

    private int indexOf(LaserState from, LaserState to) {
        for (int i = 0; i < events.events.size(); i++) {
            if (events.events.get(i) instanceof DeviceEvent.StateChanged s && s.from() == from && s.to() == to) {
                return i;
            }
        }
        return -1;
    }
}
