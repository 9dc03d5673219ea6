package org.pulseguard.device.bigsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.device.Setpoint;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

class BigSkyLaserDriverSetpointTest extends BigSkyDriverFixture {

    @BeforeEach
    void connect() throws Exception {
        connectWithHandpiece();
    }

    @Test
    void applySetpoint_onTheCurve_setsVoltsAndRateWithEchoThenReadsBoth() throws Exception {
        // When
        Setpoint readBack = driver.applySetpoint(TREATMENT);
        // Then
        assertThat(readBack).isEqualTo(TREATMENT);
        assertThat(unit.commands()).containsSubsequence("V1100", "F500", "V", "F");
        assertThat(unit.volts).isEqualTo(1100);
        assertThat(unit.centihertz).isEqualTo(500);
        assertThat(driver.readSetpoint()).isEqualTo(TREATMENT);
        assertThat(driver.status().setpoint()).isEqualTo(TREATMENT);
    }

    @Test
    void applySetpoint_betweenWholeVolts_sendsTheNearestVoltAndReportsTheRequestedEnergy() throws Exception {
        // Given 101 mJ: 1052.5 V on the curve, 1053 V on the wire (101.2 mJ, within half a volt)
        Setpoint between = withEnergy(101_000);
        // When
        Setpoint readBack = driver.applySetpoint(between);
        // Then
        assertThat(unit.commands()).contains("V1053");
        assertThat(readBack.energy()).isEqualTo(new PulseEnergy(101_000));
    }

    @Test
    void applySetpoint_unitClampsTheVoltage_isReadbackMismatchNamingBothValues() {
        // Given a unit that keeps 1000 V whatever it is sent
        unit.voltageClamp = 1000;
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(TREATMENT)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.READBACK_MISMATCH);
            assertThat(e.getMessage()).contains("V1100", "120 mJ", "1000 V", "80 mJ");
        });
    }

    @Test
    void applySetpoint_voltageReadBackOffByAVolt_isReadbackMismatch() {
        // Given the echo is right but the V query reads 1101 V (120.4 mJ: more than half a volt away)
        unit.script("V", reply -> reply, FakeBigSkyUnit.field("voltage  1101 V"));
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(TREATMENT)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.READBACK_MISMATCH);
            assertThat(e.getMessage()).contains("requested 120 mJ", "1101 V", "120.4 mJ");
        });
    }

    @Test
    void applySetpoint_energyOffTheAllowedRange_isInvalidBeforeAnyByteIsWritten() {
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(withEnergy(205_000))).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo(DeviceException.Reason.INVALID_REQUEST));
        assertThat(unit.writes).isEmpty();
    }

    @Test
    void applySetpoint_otherWavelength_isInvalidBeforeAnyByteIsWritten() {
        // Given
        Setpoint at532 = new Setpoint(TREATMENT.energy(), FOUR_MM, TREATMENT.rate(), Wavelength.KTP_532);
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(at532)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.INVALID_REQUEST);
            assertThat(e.getMessage()).contains("532 nm", "1064 nm");
        });
        assertThat(unit.writes).isEmpty();
    }

    @Test
    void applySetpoint_rateOffStep_isInvalidBeforeAnyByteIsWritten() {
        // Given 5.25 Hz on a 0.5 Hz step
        Setpoint offStep = new Setpoint(TREATMENT.energy(), FOUR_MM, new RepetitionRate(5_250), Wavelength.ND_YAG_1064);
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(offStep)).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.getMessage()).contains("repetition rate", "5.25 Hz"));
        assertThat(unit.writes).isEmpty();
    }

    @Test
    void applySetpoint_spotOfAnotherHandpieceThanTheConfirmed_isInvalidNamingBoth() {
        // Given the 4 mm handpiece confirmed
        Setpoint on6mm = new Setpoint(TREATMENT.energy(), new SpotDiameter(6_000), TREATMENT.rate(), Wavelength.ND_YAG_1064);
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(on6mm)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.INVALID_REQUEST);
            assertThat(e.getMessage()).contains("6 mm", "4 mm");
        });
        assertThat(unit.writes).isEmpty();
    }

    @Test
    void applySetpoint_noHandpieceConfirmed_isInvalid() throws Exception {
        // Given a fresh driver on the same unit, nothing confirmed
        newDriver(settings(RARE_POLLS)).connect();
        unit.writes.clear();
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(TREATMENT)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.INVALID_REQUEST);
            assertThat(e.getMessage()).contains("no handpiece confirmed");
        });
        assertThat(unit.writes).isEmpty();
        assertThat(driver.confirmedHandpiece()).isEmpty();
    }

    @Test
    void confirmHandpiece_notOneOfTheUnits_isInvalidAndKeepsTheConfirmedOne() {
        // When / Then
        assertThatThrownBy(() -> driver.confirmHandpiece(new SpotDiameter(5_000)))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DeviceException.Reason.INVALID_REQUEST);
                    assertThat(e.getMessage()).contains("5 mm");
                });
        assertThat(driver.confirmedHandpiece()).contains(FOUR_MM);
    }

    @Test
    void confirmHandpiece_anotherOne_changesTheSpotReportedAndAllowed() throws Exception {
        // Given
        driver.applySetpoint(TREATMENT);
        // When
        driver.confirmHandpiece(new SpotDiameter(6_000));
        // Then the unit is no longer at the verified setpoint
        assertThat(driver.readSetpoint().spot()).isEqualTo(new SpotDiameter(6_000));
        assertThat(driver.readSetpoint()).isNotEqualTo(TREATMENT);
    }

    @Test
    void confirmHandpiece_whileArmed_isRefusedWrongState() throws Exception {
        // Given
        driver.arm();
        // When / Then
        assertThatThrownBy(() -> driver.confirmHandpiece(new SpotDiameter(6_000)))
                .isInstanceOfSatisfying(DeviceException.class,
                        e -> assertThat(e.refusal()).contains(RefusalReason.WRONG_STATE));
        assertThat(driver.confirmedHandpiece()).contains(FOUR_MM);
    }

    @Test
    void applySetpoint_whileArmed_isRefusedWrongStateAndNothingIsSet() throws Exception {
        // Given
        driver.arm();
        unit.lines.clear();
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(TREATMENT)).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.refusal()).contains(RefusalReason.WRONG_STATE));
        assertThat(unit.commands()).noneMatch(c -> c.startsWith("V1") || c.startsWith("F5"));
    }

    @Test
    void readSetpoint_voltageChangedOnTheUnit_reportsTheCurvesEnergy() throws Exception {
        // Given
        driver.applySetpoint(TREATMENT);
        // When someone sets 1050 V at the front panel
        unit.volts = 1050;
        // Then
        assertThat(driver.readSetpoint().energy()).isEqualTo(new PulseEnergy(100_000));
    }

    @Test
    void readSetpoint_voltageOffTheCurve_isReadbackMismatchNotAGuess() {
        // Given
        unit.volts = 1500;
        // When / Then
        assertThatThrownBy(driver::readSetpoint).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.READBACK_MISMATCH);
            assertThat(e.getMessage()).contains("1500 V", "800..1300");
        });
    }

    private static Setpoint withEnergy(long microjoules) {
        return new Setpoint(new PulseEnergy(microjoules), FOUR_MM, TREATMENT.rate(), Wavelength.ND_YAG_1064);
    }
}
