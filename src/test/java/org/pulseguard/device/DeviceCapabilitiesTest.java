package org.pulseguard.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

class DeviceCapabilitiesTest {
    private static final DeviceCapabilities FIXED_TIP_UNIT = new DeviceCapabilities(false, false, false,
            KeepAlive.POLLED, Map.of(Wavelength.ND_YAG_1064, new ParameterLimits(
                    new EnergyRange(new PulseEnergy(50_000), new PulseEnergy(800_000), new PulseEnergy(10_000)),
                    new SpotRange(new SpotDiameter(6_000), new SpotDiameter(6_000), new SpotDiameter(1)),
                    new RateRange(new RepetitionRate(1_000), new RepetitionRate(10_000), new RepetitionRate(1_000)))));

    @Test
    void check_setpointOnEveryStep_passes() {
        // Given
        Setpoint ok = setpoint(120_000, 6_000, 5_000, 1064);
        // When / Then
        assertThatCode(() -> FIXED_TIP_UNIT.check(ok)).doesNotThrowAnyException();
    }

    @Test
    void check_unsupportedWavelength_isInvalidListingTheSupportedOnes() {
        // Given
        Setpoint at532 = setpoint(120_000, 6_000, 5_000, 532);
        // When / Then
        assertThatThrownBy(() -> FIXED_TIP_UNIT.check(at532)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.reason()).isEqualTo(DeviceException.Reason.INVALID_REQUEST);
            assertThat(e.getMessage()).contains("532 nm", "1064 nm");
        });
    }

    @Test
    void check_energyOffStep_isInvalidNamingStepAndBase() {
        // Given 125 mJ on a 10 mJ step from 50 mJ
        Setpoint offStep = setpoint(125_000, 6_000, 5_000, 1064);
        // When / Then
        assertThatThrownBy(() -> FIXED_TIP_UNIT.check(offStep)).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.getMessage()).contains("energy", "125 mJ", "10 mJ step", "50 mJ", "1064 nm"));
    }

    @Test
    void check_spotOtherThanTheFixedTip_isInvalidNamingTheTip() {
        // Given
        Setpoint otherSpot = setpoint(120_000, 4_000, 5_000, 1064);
        // When / Then
        assertThatThrownBy(() -> FIXED_TIP_UNIT.check(otherSpot)).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.getMessage()).contains("spot diameter", "4 mm", "6 mm"));
    }

    @Test
    void check_rateBelowMinimum_isInvalidNamingTheRange() {
        // Given
        Setpoint slow = setpoint(120_000, 6_000, 500, 1064);
        // When / Then
        assertThatThrownBy(() -> FIXED_TIP_UNIT.check(slow)).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.getMessage()).contains("repetition rate", "0.5 Hz", "1 Hz..10 Hz"));
    }

    @Test
    void check_fixedHandpieces_acceptsOnlyTheirSpots() throws Exception {
        // Given handpieces of 2, 3 and 6 mm
        Set<SpotDiameter> handpieces = Set.of(new SpotDiameter(2_000), new SpotDiameter(3_000), new SpotDiameter(6_000));
        DeviceCapabilities unit = handpieceUnit(handpieces);
        // When / Then
        assertThat(unit.hasFixedHandpieces()).isTrue();
        assertThat(unit.fixedHandpieces()).containsExactly(new SpotDiameter(2_000), new SpotDiameter(3_000),
                new SpotDiameter(6_000));
        assertThat(unit.zoomRangeAt(Wavelength.ND_YAG_1064)).isEmpty();
        unit.check(setpoint(120_000, 3_000, 5_000, 1064));
        assertThatThrownBy(() -> unit.check(setpoint(120_000, 4_000, 5_000, 1064)))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DeviceException.Reason.INVALID_REQUEST);
                    assertThat(e.getMessage()).contains("spot diameter", "4 mm", "handpieces", "6 mm");
                });
    }

    @Test
    void handpieceEnvelope_spansTheHandpiecesOnTheirCommonStep() {
        // When
        SpotRange envelope = DeviceCapabilities.handpieceEnvelope(Set.of(new SpotDiameter(2_000),
                new SpotDiameter(3_500), new SpotDiameter(6_000)));
        // Then
        assertThat(envelope).isEqualTo(new SpotRange(new SpotDiameter(2_000), new SpotDiameter(6_000),
                new SpotDiameter(500)));
        assertThat(DeviceCapabilities.handpieceEnvelope(Set.of(new SpotDiameter(4_000))).step())
                .isEqualTo(new SpotDiameter(1));
    }

    @Test
    void new_motorisedZoomWithHandpieces_isRejected() {
        // When / Then
        assertThatThrownBy(() -> new DeviceCapabilities(true, true, true, KeepAlive.HEARTBEAT,
                FIXED_TIP_UNIT.limits(), Set.of(new SpotDiameter(6_000)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zoomRangeAt_motorisedUnit_isTheSpotRange() {
        // Given
        DeviceCapabilities zoom = new DeviceCapabilities(true, true, true, KeepAlive.HEARTBEAT, FIXED_TIP_UNIT.limits());
        // When / Then
        assertThat(zoom.zoomRangeAt(Wavelength.ND_YAG_1064)).contains(FIXED_TIP_UNIT.limits()
                .get(Wavelength.ND_YAG_1064).spot());
        assertThat(zoom.hasFixedHandpieces()).isFalse();
    }

    @Test
    void new_withoutWavelengths_isRejected() {
        // When / Then
        assertThatThrownBy(() -> new DeviceCapabilities(true, true, true, KeepAlive.HEARTBEAT, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isFatal_eachReason_matchesTheContract() {
        // When / Then
        assertThat(new DeviceException(DeviceException.Reason.LINK_LOST, "x").isFatal()).isTrue();
        assertThat(new DeviceException(DeviceException.Reason.TIMEOUT, "x").isFatal()).isTrue();
        assertThat(new DeviceException(DeviceException.Reason.PROTOCOL_ERROR, "x").isFatal()).isTrue();
        assertThat(new DeviceException(DeviceException.Reason.NOT_CONNECTED, "x").isFatal()).isTrue();
        assertThat(new DeviceException(DeviceException.Reason.READBACK_MISMATCH, "x").isFatal()).isFalse();
        assertThat(new DeviceException(DeviceException.Reason.INVALID_REQUEST, "x").isFatal()).isFalse();
        DeviceException refused = DeviceException.refused(RefusalReason.FOOTSWITCH_PRESSED, "ARM refused");
        assertThat(refused.isFatal()).isFalse();
        assertThat(refused.reason()).isEqualTo(DeviceException.Reason.REFUSED);
        assertThat(refused.refusal()).contains(RefusalReason.FOOTSWITCH_PRESSED);
    }

    private static DeviceCapabilities handpieceUnit(Set<SpotDiameter> handpieces) {
        return new DeviceCapabilities(false, false, false, KeepAlive.POLLED, Map.of(Wavelength.ND_YAG_1064,
                new ParameterLimits(new EnergyRange(new PulseEnergy(50_000), new PulseEnergy(800_000), new PulseEnergy(10_000)),
                        DeviceCapabilities.handpieceEnvelope(handpieces),
                        new RateRange(new RepetitionRate(1_000), new RepetitionRate(10_000), new RepetitionRate(1_000)))),
                handpieces);
    }

    private static Setpoint setpoint(long microjoules, long micrometres, long millihertz, int nanometres) {
        return new Setpoint(new PulseEnergy(microjoules), new SpotDiameter(micrometres),
                new RepetitionRate(millihertz), new Wavelength(nanometres));
    }
}
