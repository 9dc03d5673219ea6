package org.pulseguard.device.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceStatus;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.device.Setpoint;
import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.WireError;
import org.pulseguard.protocol.reference.WireInterlock;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

class ReferenceLaserDriverSetpointTest extends DriverTestSupport {
    private static final Setpoint TREATMENT = setpoint(500_000, 3_000, 2_000, 1064);

    @BeforeEach
    void connect() throws DeviceException {
        driver.connect();
        laser.received.clear();
        laser.writes.clear();
    }

    @Test
    void applySetpoint_validSetpoint_setsEachFieldWithEchoThenReadsEachBack() throws Exception {
        // When
        Setpoint readBack = driver.applySetpoint(TREATMENT);
        // Then
        assertThat(readBack).isEqualTo(TREATMENT);
        assertThat(laser.requestTypes()).containsExactly(MessageType.GET_WAVELENGTH,
                MessageType.SET_ENERGY, MessageType.SET_WAVELENGTH, MessageType.SET_SPOT, MessageType.SET_RATE,
                MessageType.GET_ENERGY, MessageType.GET_SPOT, MessageType.GET_RATE, MessageType.GET_WAVELENGTH);
        assertThat(laser.model.energyMicrojoules).isEqualTo(500_000);
        assertThat(laser.model.spotMicrometres).isEqualTo(3_000);
    }

    @Test
    void confirmHandpiece_motorisedZoom_isAcceptedAndChangesNothing() throws Exception {
        // When
        driver.confirmHandpiece(new SpotDiameter(7_000));
        // Then nothing was sent, nothing is confirmed, and any spot on the zoom can still be set
        assertThat(laser.writes).isEmpty();
        assertThat(driver.confirmedHandpiece()).isEmpty();
        assertThat(driver.capabilities().hasFixedHandpieces()).isFalse();
        assertThat(driver.applySetpoint(TREATMENT)).isEqualTo(TREATMENT);
    }

    @Test
    void applySetpoint_energyOffStep_isInvalidBeforeAnyByteIsWritten() {
        // Given 400.05 mJ, off the 0.1 mJ step
        Setpoint offStep = setpoint(400_050, 3_000, 2_000, 1064);
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(offStep)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.INVALID_REQUEST);
            assertThat(e.isFatal()).isFalse();
            assertThat(e.getMessage()).contains("energy", "400.05 mJ", "0.1 mJ");
        });
        assertThat(laser.writes).isEmpty();
    }

    @Test
    void applySetpoint_energyAboveMaximumAt532_isInvalidNamingValueAndLimitBeforeAnyByte() {
        // Given 700 mJ at 532 nm, where the maximum is 600 mJ
        Setpoint tooMuch = setpoint(700_000, 3_000, 2_000, 532);
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(tooMuch)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.INVALID_REQUEST);
            assertThat(e.getMessage()).contains("700 mJ", "600 mJ", "532 nm");
        });
        assertThat(laser.writes).isEmpty();
    }

    @Test
    void applySetpoint_rateOutOfRange_isInvalidBeforeAnyByte() {
        // Given 12 Hz, above 10 Hz
        Setpoint tooFast = setpoint(500_000, 3_000, 12_000, 1064);
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(tooFast)).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.getMessage()).contains("repetition rate", "12 Hz", "10 Hz"));
        assertThat(laser.writes).isEmpty();
    }

    @Test
    void applySetpoint_readBackDiffers_isReadbackMismatchNamingParameterRequestedAndReadBack() {
        // Given a unit that echoes the spot but reports 2.9 mm when asked
        laser.script(MessageType.GET_SPOT, UnitBehaviour.answerWith(new Reply.Spot(false, 2_900)));
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(TREATMENT)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.READBACK_MISMATCH);
            assertThat(e.isFatal()).isFalse();
            assertThat(e.getMessage()).contains("spot diameter", "requested 3 mm", "read back 2.9 mm");
        });
    }

    @Test
    void applySetpoint_echoDiffers_isReadbackMismatchAndStopsSetting() {
        // Given a unit that echoes 499.9 mJ to SET_ENERGY 500 mJ
        laser.script(MessageType.SET_ENERGY, UnitBehaviour.answerWith(new Reply.Energy(true, 499_900)));
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(TREATMENT)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.READBACK_MISMATCH);
            assertThat(e.getMessage()).contains("SET_ENERGY", "500 mJ", "499.9 mJ");
        });
        assertThat(laser.framesOfType(MessageType.SET_SPOT)).isEmpty();
    }

    @Test
    void applySetpoint_unitRefuses_isRefusedWithTheUnitsReasonNamingTheCommand() {
        // Given a unit in a state where setpoints cannot change
        laser.script(MessageType.SET_ENERGY, UnitBehaviour.refuse(WireError.WRONG_STATE));
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(TREATMENT)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.REFUSED);
            assertThat(e.refusal()).contains(RefusalReason.WRONG_STATE);
            assertThat(e.isFatal()).isFalse();
            assertThat(e.getMessage()).contains("SET_ENERGY", "500000");
        });
    }

    @Test
    void applySetpoint_from1064HighEnergyTo532_lowersEnergyBeforeChangingWavelength() throws Exception {
        // Given 1000 mJ at 1064 nm in force
        laser.model.energyMicrojoules = 1_000_000;
        // When
        Setpoint readBack = driver.applySetpoint(setpoint(500_000, 3_000, 2_000, 532));
        // Then
        assertThat(readBack.wavelength()).isEqualTo(Wavelength.KTP_532);
        assertThat(laser.requestTypes()).containsSubsequence(MessageType.SET_ENERGY, MessageType.SET_WAVELENGTH);
    }

    @Test
    void applySetpoint_from532To1064HighEnergy_changesWavelengthBeforeRaisingEnergy() throws Exception {
        // Given 500 mJ at 532 nm in force
        laser.model.wavelengthNanometres = 532;
        laser.model.energyMicrojoules = 500_000;
        // When
        Setpoint readBack = driver.applySetpoint(setpoint(1_000_000, 3_000, 2_000, 1064));
        // Then
        assertThat(readBack.energy()).isEqualTo(new PulseEnergy(1_000_000));
        assertThat(laser.requestTypes()).containsSubsequence(MessageType.SET_WAVELENGTH, MessageType.SET_ENERGY);
    }

    @Test
    void status_unitReportsEverything_isMappedToNeutralTypes() throws Exception {
        // Given
        laser.model.interlocks = WireInterlock.COVER.mask() | WireInterlock.WATER_FLOW.mask();
        laser.model.footswitch = true;
        // When
        DeviceStatus status = driver.status();
        // Then
        assertThat(status.state()).isEqualTo(LaserState.STANDBY);
        assertThat(status.openInterlocks()).containsExactlyInAnyOrder(Interlock.COVER, Interlock.WATER_FLOW);
        assertThat(status.footswitchPressed()).isTrue();
        assertThat(status.setpoint()).isEqualTo(setpoint(400_000, 4_000, 5_000, 1064));
    }

    @Test
    void arm_interlockOpen_isRefusedInterlockOpen() {
        // Given
        laser.model.interlocks = WireInterlock.REMOTE.mask();
        // When / Then
        assertThatThrownBy(driver::arm).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.refusal()).contains(RefusalReason.INTERLOCK_OPEN));
    }

    @Test
    void armStandbyResetAndCounters_unitAccepts_returnWhatTheUnitReports() throws Exception {
        // When / Then
        assertThat(driver.arm()).isEqualTo(LaserState.READY);
        assertThat(driver.standby()).isEqualTo(LaserState.STANDBY);
        assertThat(driver.counters()).isEqualTo(new PulseCounters(1_000, 10));
        assertThat(driver.resetUserCounter()).isEqualTo(new PulseCounters(1_000, 0));
        assertThat(driver.emergencyStop()).isEqualTo(LaserState.STANDBY);
        assertThat(driver.resetFault()).isEqualTo(org.pulseguard.device.DeviceFault.NONE);
    }

    private static Setpoint setpoint(long microjoules, long micrometres, long millihertz, int nanometres) {
        return new Setpoint(new PulseEnergy(microjoules), new SpotDiameter(micrometres),
                new RepetitionRate(millihertz), new Wavelength(nanometres));
    }
}
