package org.pulseguard.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireCause;
import org.pulseguard.protocol.reference.WireError;
import org.pulseguard.protocol.reference.WireFault;
import org.pulseguard.protocol.reference.WireInterlock;
import org.pulseguard.protocol.reference.WireState;

/** Interlock, e-stop, energy monitor and key trips, fault reset and reboot. */
class LaserModelTripTest {
    private static final long MS = ModelDriver.MS;

    private static ModelDriver emitting() {
        ModelDriver driver = new ModelDriver(ModelDriver.config(Duration.ZERO, 0, true)).ready();
        driver.model.setFootswitch(true, 3000 * MS);
        driver.clearEvents();
        return driver;
    }

    @Test
    void interlock_openedDuringEmission_dropsToStandbyAndLatches() {
        // Given a unit emitting
        ModelDriver driver = emitting();
        // When the door interlock opens
        driver.model.setInterlock(WireInterlock.REMOTE, true, 3100 * MS);
        driver.atMillis(5000);
        // Then interlocks, state and fault are reported in that order and no pulse follows
        assertThat(driver.events()).containsExactly(
                new Event.InterlocksChanged(WireInterlock.REMOTE.mask()),
                new Event.StateChanged(WireState.EMISSION, WireState.STANDBY, WireCause.INTERLOCK),
                new Event.FaultChanged(WireFault.INTERLOCK_OPENED));
        assertThat(driver.snapshot().fault()).isEqualTo(WireFault.INTERLOCK_OPENED);
    }

    @Test
    void resetFault_whileInterlockStillOpen_isRefusedUntilClosed() {
        // Given a trip by the cover interlock
        ModelDriver driver = emitting();
        driver.model.setInterlock(WireInterlock.COVER, true, 3100 * MS);
        // When RESET_FAULT comes with the cover open, then after it closes
        Reply refused = driver.send(new Request.ResetFault());
        driver.model.setInterlock(WireInterlock.COVER, false, 3200 * MS);
        driver.atMillis(3200);
        Reply accepted = driver.send(new Request.ResetFault());
        // Then refused INTERLOCK_OPEN first, cleared after
        assertThat(refused).isEqualTo(new Reply.Refused(MessageType.RESET_FAULT.code(), WireError.INTERLOCK_OPEN));
        assertThat(accepted).isEqualTo(new Reply.FaultAfterReset(WireFault.NONE));
        assertThat(driver.events()).endsWith(new Event.FaultChanged(WireFault.NONE));
    }

    @Test
    void temperatureAndWaterInterlocks_inReady_latchTheirOwnFaults() {
        // Given two armed units
        ModelDriver hot = new ModelDriver(ModelDriver.config()).ready();
        ModelDriver dry = new ModelDriver(ModelDriver.config()).ready();
        // When one over-heats and the other loses water flow
        hot.model.setInterlock(WireInterlock.TEMPERATURE, true, 3100 * MS);
        dry.model.setInterlock(WireInterlock.WATER_FLOW, true, 3100 * MS);
        // Then each latches its own fault
        assertThat(hot.snapshot().fault()).isEqualTo(WireFault.OVER_TEMPERATURE);
        assertThat(dry.snapshot().fault()).isEqualTo(WireFault.WATER_FLOW);
    }

    @Test
    void emergencyStopButton_pressed_latchesAndBlocksResetAndArmUntilReleased() {
        // Given a unit emitting
        ModelDriver driver = emitting();
        // When the mushroom is pressed
        driver.model.setInterlock(WireInterlock.EMERGENCY_STOP_BUTTON, true, 3100 * MS);
        driver.atMillis(3100);
        Reply reset = driver.send(new Request.ResetFault());
        Reply arm = driver.send(new Request.Arm());
        // Then emission ends with cause EMERGENCY_STOP, the fault latches and reset and ARM are refused
        assertThat(driver.events()).contains(
                new Event.StateChanged(WireState.EMISSION, WireState.STANDBY, WireCause.EMERGENCY_STOP),
                new Event.FaultChanged(WireFault.EMERGENCY_STOP));
        assertThat(reset).isEqualTo(new Reply.Refused(MessageType.RESET_FAULT.code(), WireError.INTERLOCK_OPEN));
        assertThat(arm).isEqualTo(new Reply.Refused(MessageType.ARM.code(), WireError.INTERLOCK_OPEN));
        // And after release: reset clears it, footswitch released, ARM accepted
        driver.model.setInterlock(WireInterlock.EMERGENCY_STOP_BUTTON, false, 3200 * MS);
        driver.model.setFootswitch(false, 3200 * MS);
        assertThat(driver.send(new Request.ResetFault())).isEqualTo(new Reply.FaultAfterReset(WireFault.NONE));
        assertThat(driver.send(new Request.Arm())).isEqualTo(new Reply.StateAfter(MessageType.ARM_DONE, WireState.READY));
    }

    @Test
    void emergencyStopCommand_inEmission_repliesStandbyAndLatches() {
        // Given a unit emitting
        ModelDriver driver = emitting();
        // When EMERGENCY_STOP arrives
        Reply reply = driver.send(new Request.EmergencyStop());
        // Then the reply carries STANDBY, the fault latches, and the footswitch must be released before ARM
        assertThat(reply).isEqualTo(new Reply.StateAfter(MessageType.EMERGENCY_STOP_DONE, WireState.STANDBY));
        assertThat(driver.snapshot().fault()).isEqualTo(WireFault.EMERGENCY_STOP);
        assertThat(driver.send(new Request.Arm())).isEqualTo(
                new Reply.Refused(MessageType.ARM.code(), WireError.FAULT_LATCHED));
    }

    @Test
    void arm_refusals_comeInSpecOrder() {
        // Given a unit in STANDBY with the footswitch held, a watchdog fault and the cover open
        ModelDriver driver = new ModelDriver(ModelDriver.config()).ready();
        driver.atMillis(3500);
        driver.model.setFootswitch(true, 3500 * MS);
        driver.model.setInterlock(WireInterlock.COVER, true, 3500 * MS);
        // When ARM is tried while removing one cause after another
        Reply first = driver.send(new Request.Arm());
        driver.model.setInterlock(WireInterlock.COVER, false, 3500 * MS);
        Reply second = driver.send(new Request.Arm());
        driver.send(new Request.ResetFault());
        Reply third = driver.send(new Request.Arm());
        // Then INTERLOCK_OPEN, FAULT_LATCHED, FOOTSWITCH_PRESSED
        assertThat(first).isEqualTo(new Reply.Refused(MessageType.ARM.code(), WireError.INTERLOCK_OPEN));
        assertThat(second).isEqualTo(new Reply.Refused(MessageType.ARM.code(), WireError.FAULT_LATCHED));
        assertThat(third).isEqualTo(new Reply.Refused(MessageType.ARM.code(), WireError.FOOTSWITCH_PRESSED));
    }

    @Test
    void energyMonitor_threePulsesOutOfTolerance_tripsOnTheThird() {
        // Given a unit whose energy monitor reads 30 % high
        ModelDriver driver = new ModelDriver(ModelDriver.config(Duration.ZERO, 0, true)).ready();
        driver.model.setEnergyOffset(0.3, 3000 * MS);
        // When the footswitch is held
        driver.model.setFootswitch(true, 3000 * MS);
        driver.heartbeatUntil(10_000);
        // Then exactly three pulses, then STANDBY (cause FAULT) and ENERGY_MONITOR
        assertThat(driver.events(Event.Pulse.class)).hasSize(3).allMatch(p -> p.measuredEnergyMicrojoules() == 130_000);
        assertThat(driver.events()).endsWith(
                new Event.StateChanged(WireState.EMISSION, WireState.STANDBY, WireCause.FAULT),
                new Event.FaultChanged(WireFault.ENERGY_MONITOR));
    }

    @Test
    void keySwitch_offDuringEmission_goesOffAndLatches_onAgainWarmsUp() {
        // Given a unit emitting
        ModelDriver driver = emitting();
        // When the key is turned off, then on again
        driver.model.setInterlock(WireInterlock.KEY_SWITCH, true, 3100 * MS);
        driver.model.setInterlock(WireInterlock.KEY_SWITCH, false, 3200 * MS);
        // Then OFF with cause INTERLOCK and the fault latched, then WARM_UP with cause POWER
        assertThat(driver.events()).containsSubsequence(
                new Event.StateChanged(WireState.EMISSION, WireState.OFF, WireCause.INTERLOCK),
                new Event.FaultChanged(WireFault.INTERLOCK_OPENED),
                new Event.StateChanged(WireState.OFF, WireState.WARM_UP, WireCause.POWER));
    }

    @Test
    void reboot_resetsVolatileStateAndKeepsCounters() {
        // Given a unit that fired pulses, has a 400 mJ setpoint and a latched fault
        ModelDriver driver = emitting();
        driver.atMillis(3000);
        driver.send(new Request.EmergencyStop());
        driver.send(new Request.SetEnergy(400_000));
        long lifetime = driver.snapshot().lifetimePulses();
        driver.clearEvents();
        // When it reboots
        driver.model.reboot(3300 * MS);
        // Then WARM_UP (cause POWER), power-up setpoint, no fault, counters kept
        ModelSnapshot after = driver.snapshot();
        assertThat(driver.events()).containsExactly(
                new Event.StateChanged(WireState.OFF, WireState.WARM_UP, WireCause.POWER));
        assertThat(after.setpoint()).isEqualTo(WireSetpoint.POWER_UP_DEFAULT);
        assertThat(after.fault()).isEqualTo(WireFault.NONE);
        assertThat(after.lifetimePulses()).isEqualTo(lifetime).isGreaterThan(1000);
    }

    @Test
    void resetUserCounter_zeroesUserOnly() {
        // Given a unit that fired
        ModelDriver driver = emitting();
        // When the user counter is reset
        Reply reply = driver.send(new Request.ResetUserCounter());
        // Then user is 0 and lifetime is kept
        assertThat(reply).isEqualTo(new Reply.Counters(true, 1001, 0));
    }
}
