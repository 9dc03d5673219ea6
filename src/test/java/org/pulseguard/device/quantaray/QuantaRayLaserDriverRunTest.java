package org.pulseguard.device.quantaray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.protocol.quantaray.QswitchAction;
import org.pulseguard.protocol.quantaray.StatusBit;

/** Runs seen through the poll: shot-count deltas, emission, interlocks, the watchdog expiring. */
class QuantaRayLaserDriverRunTest extends QuantaRayDriverFixture {
    private static final Duration FAST_POLLS = Duration.ofMillis(15);

    @BeforeEach
    void connectArmed() throws Exception {
        newDriver(settings(FAST_POLLS));
        connectWithHandpiece();
        driver.applySetpoint(TREATMENT);
        driver.arm();
    }

    @Test
    void run_footswitchHeldWhileTheUnitFires_isCountedFromShotDeltas() throws Exception {
        // When
        // (bit 12 "recently fired" outlives a run, so EMISSION comes from SHOT? rising)
        unit.footswitchHeld = true;
        unit.fire(4);
        await().until(() -> driver.status().state() == LaserState.EMISSION);
        await().until(() -> events.pulsesCounted() == 4);
        unit.fire(6);
        unit.footswitchHeld = false;
        // Then
        await().until(() -> events.pulsesCounted() == 10 && events.ofType(DeviceEvent.StateChanged.class).stream()
                .anyMatch(e -> e.from() == LaserState.EMISSION && e.to() == LaserState.READY));
        assertThat(events.ofType(DeviceEvent.PulsesCounted.class).get(0).firstLifetimePulse()).isEqualTo(5_001);
        assertThat(driver.counters()).isEqualTo(new PulseCounters(5_010, 5_010));
    }

    @Test
    void resetUserCounter_unitWithoutOne_isKeptByTheDriverFromShotCount() throws Exception {
        // Given
        assertThat(driver.resetUserCounter()).isEqualTo(new PulseCounters(5_000, 0));
        unit.footswitchHeld = true;
        unit.fire(3);
        // When
        PulseCounters counters = driver.counters();
        // Then
        assertThat(counters).isEqualTo(new PulseCounters(5_003, 3));
    }

    @Test
    void interlockOpensMidRun_nextPollReportsItLatchesAndStopsTheQswitch() {
        // Given a run
        unit.footswitchHeld = true;
        unit.fire(2);
        await().until(() -> events.ofType(DeviceEvent.StateChanged.class).stream().anyMatch(e -> e.to() == LaserState.EMISSION));
        // When the cover opens
        unit.condition(StatusBit.COVER_INTERLOCK_OPEN, true);
        // Then
        await().until(() -> events.ofType(DeviceEvent.InterlocksChanged.class).stream()
                .anyMatch(e -> e.open().contains(Interlock.COVER)));
        await().until(() -> events.ofType(DeviceEvent.StateChanged.class).stream()
                .anyMatch(e -> e.from() == LaserState.EMISSION && e.cause() == StateChangeCause.INTERLOCK));
        await().until(() -> events.ofType(DeviceEvent.FaultChanged.class).stream()
                .anyMatch(e -> e.fault() == DeviceFault.INTERLOCK_OPENED));
        await().until(() -> unit.qswitch == QswitchAction.SING);
    }

    @Test
    void watchdogExpiredWhileArmed_isReportedOffWithCauseWatchdogAndLatched() {
        // When the unit turns itself off, keeping the PFN the driver set (no restart)
        unit.watchdogExpires();
        // Then
        await().until(() -> events.ofType(DeviceEvent.StateChanged.class).stream().anyMatch(e ->
                e.from() == LaserState.READY && e.to() == LaserState.OFF && e.cause() == StateChangeCause.WATCHDOG));
        await().until(() -> events.ofType(DeviceEvent.FaultChanged.class).stream()
                .anyMatch(e -> e.fault() == DeviceFault.WATCHDOG_EXPIRED));
        assertThat(events.ofType(DeviceEvent.StateChanged.class)).noneMatch(e -> e.cause() == StateChangeCause.POWER);
    }

    @Test
    void rebootWhileArmed_isReportedOffWithCausePower_andLatchesNoWatchdogExpiry() {
        // When the unit reboots: OFF, watchdog off, the oscillator PFN back at its power-up value
        unit.powerUp();
        // Then the poll names the restart from READ:OPFN? no longer holding the PFN the driver set
        await().until(() -> events.ofType(DeviceEvent.StateChanged.class).stream().anyMatch(e ->
                e.from() == LaserState.READY && e.to() == LaserState.OFF));
        assertThat(events.ofType(DeviceEvent.StateChanged.class)).filteredOn(e -> e.from() == LaserState.READY)
                .singleElement().satisfies(e -> assertThat(e.cause()).isEqualTo(StateChangeCause.POWER));
        assertThat(events.ofType(DeviceEvent.FaultChanged.class)).isEmpty();
        assertThat(unit.lines).contains("READ:OPFN?");
    }

    @Test
    void computerControlTakenAway_midRun_losesTheLink() {
        // When the front panel takes control
        unit.computerInControl = false;
        // Then
        await().until(() -> events.ofType(DeviceEvent.LinkLost.class).stream()
                .anyMatch(e -> e.reason().contains("computer control")));
        assertThat(driver.isConnected()).isFalse();
    }
}
