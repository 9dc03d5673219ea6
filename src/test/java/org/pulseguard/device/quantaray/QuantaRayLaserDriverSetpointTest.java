package org.pulseguard.device.quantaray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.Setpoint;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

class QuantaRayLaserDriverSetpointTest extends QuantaRayDriverFixture {

    @BeforeEach
    void connect() throws Exception {
        connectWithHandpiece();
    }

    @Test
    void applySetpoint_onTheCurve_setsFixedLampAndPfnAndReadsThePfnBack() throws Exception {
        // When
        Setpoint readBack = driver.applySetpoint(TREATMENT);
        // Then
        assertThat(readBack).isEqualTo(TREATMENT);
        assertThat(unit.lines).containsSubsequence("LAMP FIX", "OPFN 65", "READ:OPFN?");
        assertThat(unit.tenthsPercent).isEqualTo(650);
        assertThat(driver.readSetpoint()).isEqualTo(TREATMENT);
    }

    @Test
    void applySetpoint_betweenPoints_sendsTenthsOfAPercent() throws Exception {
        // When 310 mJ: 65.5 %
        Setpoint readBack = driver.applySetpoint(withEnergy(310_000));
        // Then
        assertThat(unit.lines).contains("OPFN 65.5");
        assertThat(readBack.energy()).isEqualTo(new PulseEnergy(310_000));
    }

    @Test
    void applySetpoint_unitKeepsAnotherPfn_isReadbackMismatchNamingBoth() {
        // Given a unit that stays at 60 %
        unit.pfnClamp = 600;
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(TREATMENT)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.READBACK_MISMATCH);
            assertThat(e.getMessage()).contains("300 mJ", "60 %", "210 mJ");
        });
    }

    @Test
    void applySetpoint_anyRateButTen_isInvalidBeforeAnyByteIsWritten() {
        // Given
        Setpoint fiveHertz = new Setpoint(TREATMENT.energy(), SIX_MM, new RepetitionRate(5_000), Wavelength.ND_YAG_1064);
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(fiveHertz)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.INVALID_REQUEST);
            assertThat(e.getMessage()).contains("repetition rate", "5 Hz");
        });
        assertThat(unit.writes).isEmpty();
    }

    @Test
    void applySetpoint_spotOfAnotherHandpiece_isInvalidBeforeAnyByteIsWritten() {
        // Given
        Setpoint on2mm = new Setpoint(TREATMENT.energy(), new SpotDiameter(2_000), TEN_HZ, Wavelength.ND_YAG_1064);
        // When / Then
        assertThatThrownBy(() -> driver.applySetpoint(on2mm)).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.getMessage()).contains("2 mm", "6 mm"));
        assertThat(unit.writes).isEmpty();
    }

    @Test
    void readSetpoint_pfnOffTheCurve_isReadbackMismatchNotAGuess() {
        // Given
        unit.tenthsPercent = 300;
        // When / Then
        assertThatThrownBy(driver::readSetpoint).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.READBACK_MISMATCH);
            assertThat(e.getMessage()).contains("30 %", "45..95 %");
        });
    }

    private static Setpoint withEnergy(long microjoules) {
        return new Setpoint(new PulseEnergy(microjoules), SIX_MM, TEN_HZ, Wavelength.ND_YAG_1064);
    }
}
