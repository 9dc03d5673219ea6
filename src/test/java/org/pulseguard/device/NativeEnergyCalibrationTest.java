package org.pulseguard.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.Wavelength;

class NativeEnergyCalibrationTest {
    /** 40 mJ at 900 V, 80 mJ at 1000 V (0.4 mJ/V), 200 mJ at 1200 V (0.6 mJ/V). */
    private static final NativeEnergyCalibration.Curve VOLTS = curve(point(40, 900), point(80, 1000), point(200, 1200));

    @Test
    void nativeValueFor_betweenPoints_interpolatesLinearly() {
        // When / Then
        assertThat(VOLTS.nativeValueFor(mj(60)).getAsDouble()).isEqualTo(950.0);
        assertThat(VOLTS.nativeValueFor(mj(110)).getAsDouble()).isEqualTo(1050.0);
        assertThat(VOLTS.nativeValueFor(mj(80)).getAsDouble()).isEqualTo(1000.0);
    }

    @Test
    void energyAt_betweenPoints_interpolatesLinearlyTheOtherWay() {
        // When / Then
        assertThat(VOLTS.energyAt(950)).contains(mj(60));
        assertThat(VOLTS.energyAt(1050)).contains(mj(110));
        assertThat(VOLTS.energyAt(900)).contains(mj(40));
        assertThat(VOLTS.energyAt(1200)).contains(mj(200));
    }

    @Test
    void bothWays_roundTrip_giveBackTheEnergy() {
        // When / Then
        for (int millijoules = 40; millijoules <= 200; millijoules += 7) {
            double volts = VOLTS.nativeValueFor(mj(millijoules)).getAsDouble();
            assertThat(VOLTS.energyAt(volts)).contains(mj(millijoules));
        }
    }

    @Test
    void offTheCurve_eitherWay_isEmptyNeverExtrapolated() {
        // When / Then
        assertThat(VOLTS.nativeValueFor(mj(39))).isEmpty();
        assertThat(VOLTS.nativeValueFor(mj(201))).isEmpty();
        assertThat(VOLTS.energyAt(899.9)).isEmpty();
        assertThat(VOLTS.energyAt(1200.1)).isEmpty();
        assertThat(VOLTS.energyAt(Double.NaN)).isEmpty();
        assertThat(VOLTS.covers(mj(40))).isTrue();
        assertThat(VOLTS.covers(mj(201))).isFalse();
    }

    @Test
    void agrees_readBackWithinHalfAStep_isAcceptedBeyondIsNot() {
        // Given 101.3 mJ needs 1035.5 V; one volt is 0.6 mJ here
        PulseEnergy requested = new PulseEnergy(101_300);
        // When / Then: 1035 V (101.0 mJ) and 1036 V (101.6 mJ) are half a volt away; 1034 V and 1037 V are not
        assertThat(VOLTS.agrees(requested, 1035, 1.0)).isTrue();
        assertThat(VOLTS.agrees(requested, 1036, 1.0)).isTrue();
        assertThat(VOLTS.agrees(requested, 1034, 1.0)).isFalse();
        assertThat(VOLTS.agrees(requested, 1037, 1.0)).isFalse();
    }

    @Test
    void agrees_readBackOffTheCurve_neverAgrees() {
        // When / Then
        assertThat(VOLTS.agrees(mj(200), 1201, 1.0)).isFalse();
        assertThat(VOLTS.agrees(mj(40), 899, 1.0)).isFalse();
    }

    @Test
    void agrees_tenthsOfAPercent_useTheirOwnStep() {
        // Given 20 mJ per percent
        NativeEnergyCalibration.Curve percent = curve(point(120, 55), point(300, 64), point(500, 74));
        // When / Then: 301 mJ is 64.05 %; 64.1 % gives 302 mJ, within 0.05 % (1 mJ)
        assertThat(percent.agrees(mj(301), 64.1, 0.1)).isTrue();
        assertThat(percent.agrees(mj(301), 64.2, 0.1)).isFalse();
    }

    @Test
    void curve_notIncreasingInBothColumns_isRejected() {
        // When / Then
        assertThatThrownBy(() -> curve(point(40, 900), point(30, 1000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("increase");
        assertThatThrownBy(() -> curve(point(40, 900), point(80, 900))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curve(point(40, 900))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two points");
        assertThatThrownBy(() -> new NativeEnergyCalibration.Point(mj(1), Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calibration_perWavelength_findsEachCurveAndNamesItsUnit() {
        // Given
        NativeEnergyCalibration calibration = new NativeEnergyCalibration(NativeEnergyCalibration.FLASHLAMP_VOLTS,
                Map.of(Wavelength.ND_YAG_1064, VOLTS, Wavelength.KTP_532, curve(point(20, 900), point(100, 1200))));
        // When / Then
        assertThat(calibration.nativeUnit()).isEqualTo("V");
        assertThat(calibration.wavelengths()).containsExactly(Wavelength.KTP_532, Wavelength.ND_YAG_1064);
        assertThat(calibration.curveAt(Wavelength.KTP_532).orElseThrow().highest()).isEqualTo(mj(100));
        assertThat(calibration.curveAt(new Wavelength(755))).isEmpty();
        assertThatThrownBy(() -> new NativeEnergyCalibration(" ", Map.of(Wavelength.ND_YAG_1064, VOLTS)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NativeEnergyCalibration("V", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static NativeEnergyCalibration.Curve curve(NativeEnergyCalibration.Point... points) {
        return new NativeEnergyCalibration.Curve(List.of(points));
    }

    private static NativeEnergyCalibration.Point point(int millijoules, double nativeValue) {
        return new NativeEnergyCalibration.Point(mj(millijoules), nativeValue);
    }

    private static PulseEnergy mj(int millijoules) {
        return new PulseEnergy(millijoules * 1_000L);
    }
}
