package org.pulseguard.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.SpotRange;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.SpotDiameter;

/** The profile records: calibration curves, spot options, tolerance, skin types, calibration validity. */
class ProfileModelTest {
    private static final EnergyCalibration CURVE = new EnergyCalibration(NativeEnergyUnit.FLASHLAMP_VOLTS, List.of(
            new CalibrationPoint(800, PulseEnergy.ofMillijoules(8)),
            new CalibrationPoint(900, PulseEnergy.ofMillijoules(40)),
            new CalibrationPoint(1000, PulseEnergy.ofMillijoules(80))));

    @Test
    void calibration_betweenPoints_interpolatesLinearlyBothWays() {
        // Given a curve 800 V -> 8 mJ, 900 V -> 40 mJ, 1000 V -> 80 mJ
        // When asked for 60 mJ and for 950 V / Then halfway between the two points around it
        assertThat(CURVE.nativeValueFor(PulseEnergy.ofMillijoules(60))).isEqualTo(950.0);
        assertThat(CURVE.energyAt(950)).isEqualTo(PulseEnergy.ofMillijoules(60));
        assertThat(CURVE.nativeValueFor(PulseEnergy.ofMillijoules(8))).isEqualTo(800.0);
        assertThat(CURVE.nativeValueFor(PulseEnergy.ofMillijoules(80))).isEqualTo(1000.0);
    }

    @Test
    void calibration_outsideTheCurve_isNeverExtrapolated() {
        assertThatThrownBy(() -> CURVE.nativeValueFor(PulseEnergy.ofMillijoules(81))).hasMessageContaining("outside the calibrated");
        assertThatThrownBy(() -> CURVE.energyAt(799)).hasMessageContaining("outside the calibrated");
    }

    @Test
    void calibration_notIncreasingOrOutsideTheProtocol_isRefused() {
        assertThatThrownBy(() -> new EnergyCalibration(NativeEnergyUnit.FLASHLAMP_VOLTS, List.of(
                new CalibrationPoint(900, PulseEnergy.ofMillijoules(40)), new CalibrationPoint(800, PulseEnergy.ofMillijoules(50)))))
                .hasMessageContaining("does not increase");
        assertThatThrownBy(() -> new EnergyCalibration(NativeEnergyUnit.OPFN_PERCENT, List.of(
                new CalibrationPoint(50, PulseEnergy.ofMillijoules(40)), new CalibrationPoint(101, PulseEnergy.ofMillijoules(50)))))
                .hasMessageContaining("outside 0.0..100.0");
    }

    @Test
    void zoomWithin_snapsInwardOntoItsSteps() {
        // Given a zoom 1..10 mm in 0.1 mm steps
        ZoomSpots zoom = new ZoomSpots(new SpotRange(new SpotDiameter(1000), new SpotDiameter(10_000), new SpotDiameter(100)));

        // When narrowed to 2.06..7.13 mm / Then 2.1..7.1 mm on the same steps
        SpotOptions within = zoom.within(new SpotDiameter(2060), new SpotDiameter(7130)).orElseThrow();
        assertThat(within).isEqualTo(new ZoomSpots(new SpotRange(new SpotDiameter(2100), new SpotDiameter(7100), new SpotDiameter(100))));
        assertThat(zoom.within(new SpotDiameter(2010), new SpotDiameter(2090))).isEmpty();
        assertThat(zoom.canMake(new SpotDiameter(4050))).isFalse();
    }

    @Test
    void handpieces_makeOnlyTheirDiameters() {
        HandpieceSpots set = new HandpieceSpots(List.of(new Handpiece("HP-4", new SpotDiameter(4000)),
                new Handpiece("HP-2", new SpotDiameter(2000))));
        assertThat(set.smallest()).isEqualTo(new SpotDiameter(2000));
        assertThat(set.canMake(new SpotDiameter(3000))).isFalse();
        assertThat(set.handpieceFor(new SpotDiameter(4000))).map(Handpiece::id).hasValue("HP-4");
        assertThat(set.describe()).isEqualTo("handpieces 2, 4 mm");
    }

    @Test
    void tolerance_atItsEdge_acceptsAndJustBeyond_refuses() {
        EnergyTolerance tolerance = new EnergyTolerance(0.15);
        PulseEnergy set = PulseEnergy.ofMillijoules(400);
        assertThat(tolerance.accepts(set, PulseEnergy.ofMillijoules(460))).isTrue();
        assertThat(tolerance.accepts(set, PulseEnergy.ofMillijoules(340))).isTrue();
        assertThat(tolerance.accepts(set, PulseEnergy.ofMillijoules(460.001))).isFalse();
        assertThat(new EnergyTolerance(0.20).fraction()).isEqualTo(0.20);
        assertThatThrownBy(() -> new EnergyTolerance(0.2001)).hasMessageContaining("+-20 %");
        assertThatThrownBy(() -> new EnergyTolerance(0)).hasMessageContaining("above 0");
    }

    @Test
    void skinType_parse_takesRomanOrArabic_andRefusesOthers() {
        assertThat(SkinType.parse("iii")).isEqualTo(SkinType.III);
        assertThat(SkinType.parse("6")).isEqualTo(SkinType.VI);
        assertThatThrownBy(() -> SkinType.parse("VII")).hasMessageContaining("'VII' is not a Fitzpatrick type");
    }

    @Test
    void calibrationRecord_isValidFromItsDayToItsLastDay() {
        CalibrationRecord record = new CalibrationRecord(LocalDate.parse("2026-11-01"), LocalDate.parse("2027-10-31"), "cert 1");
        assertThat(record.isValidOn(LocalDate.parse("2027-10-31"))).isTrue();
        assertThat(record.isValidOn(LocalDate.parse("2027-11-01"))).isFalse();
        assertThat(record.isValidOn(LocalDate.parse("2026-10-31"))).isFalse();
    }
}
