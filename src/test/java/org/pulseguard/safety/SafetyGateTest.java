package org.pulseguard.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pulseguard.safety.GateFixtures.device;
import static org.pulseguard.safety.GateFixtures.profile;
import static org.pulseguard.safety.GateFixtures.reference1064;
import static org.pulseguard.safety.GateFixtures.setpoint;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.FluenceBand;
import org.pulseguard.profile.InvalidProfileException;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.profile.TestSpotRule;
import org.pulseguard.quantity.Fluence;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.Wavelength;

/** The safety gate on named cases, with boundary values. */
class SafetyGateTest {
    private static final DeviceProfile REFERENCE = device("reference-laser");
    private static final SafeProfile TATTOO_1064 = profile("reference-laser", "tattoo-1064-fst-i-iii");
    private static final SafeProfile TATTOO_532 = profile("reference-laser", "tattoo-532-fst-i-iii");

    @Test
    void check_withinEveryLimit_isAllowedWithItsFluence() {
        // Given 1000 mJ on 4 mm at 1064 nm, 5 Hz, skin type III under the 1..12 J/cm2 profile
        // When the gate decides
        GateDecision d = SafetyGate.check(REFERENCE, TATTOO_1064, SkinType.III, setpoint("1000mJ", "4mm", "5Hz", "1064nm"));

        // Then it is allowed, at 7.96 J/cm2
        assertThat(d).isInstanceOf(GateDecision.Allowed.class);
        assertThat(d.fluence().joulesPerSquareCentimetre()).isCloseTo(7.96, within(0.005));
        assertThat(d.refusals()).isEmpty();
    }

    @Test
    void check_exactlyAtTheFluenceCap_isAllowed() {
        // Given a cap equal to the fluence of 300 mJ on 2 mm (9.549 J/cm2)
        Setpoint at = setpoint("300mJ", "2mm", "5Hz", "1064nm");
        double cap = Fluence.of(at.energy(), at.spot()).joulesPerSquareCentimetre();
        SafeProfile profile = reference1064(1.0, cap, SkinType.II);

        // When the gate decides / Then the cap itself is allowed
        assertThat(SafetyGate.check(REFERENCE, profile, SkinType.II, at).isAllowed()).isTrue();
    }

    @Test
    void check_aHundredthOverTheFluenceCap_isRefusedNamingTheProfileAndVersion() {
        // Given a cap 0.01 J/cm2 below the fluence of 300 mJ on 2 mm
        Setpoint over = setpoint("300mJ", "2mm", "5Hz", "1064nm");
        double fluence = Fluence.of(over.energy(), over.spot()).joulesPerSquareCentimetre();
        SafeProfile profile = reference1064(1.0, fluence - 0.01, SkinType.II);

        // When the gate decides
        GateDecision d = SafetyGate.check(REFERENCE, profile, SkinType.II, over);

        // Then it is refused on fluence alone, naming value, limit and the profile with its version
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.refusals()).singleElement().satisfies(r -> {
            assertThat(r.parameter()).isEqualTo(Parameter.FLUENCE);
            assertThat(r.breach()).isEqualTo(Breach.ABOVE_MAXIMUM);
            assertThat(r.value()).isEqualTo("9.55 J/cm2 (300 mJ on 2 mm)");
            assertThat(r.limit()).startsWith("9.539").endsWith(" J/cm2 for skin type II");
            assertThat(r.source()).isEqualTo(new LimitSource(LimitSource.Kind.SAFE_PROFILE, "test-1064", "2.3.4"));
        });
    }

    @Test
    void check_energyWithinTheUnitButTooMuchForTheSpot_isRefusedOnFluence() {
        // Given 1200 mJ (the unit's top) on a 3.5 mm spot: 12.47 J/cm2, the "high energy, small spot" burn
        GateDecision d = SafetyGate.check(REFERENCE, TATTOO_1064, SkinType.I, setpoint("1200mJ", "3.5mm", "5Hz", "1064nm"));

        // Then the fluence is refused although energy and spot are each within range
        assertThat(d.refusals()).extracting(Refusal::parameter).containsExactly(Parameter.FLUENCE);
        assertThat(d.refusals().get(0).explanation())
                .isEqualTo("fluence 12.473 J/cm2 (1200 mJ on 3.5 mm) is above the maximum 12 J/cm2 for skin type I"
                        + " (safe profile tattoo-1064-fst-i-iii 1.0.0)");
    }

    @Test
    void check_fluenceBelowTheProfileMinimum_isRefused() {
        GateDecision d = SafetyGate.check(REFERENCE, TATTOO_1064, SkinType.I, setpoint("10mJ", "10mm", "5Hz", "1064nm"));
        assertThat(d.refusals()).singleElement().satisfies(r -> {
            assertThat(r.breach()).isEqualTo(Breach.BELOW_MINIMUM);
            assertThat(r.value()).startsWith("0.012 J/cm2");
        });
    }

    @Test
    void check_532ForSkinTypeIV_isRefused() {
        // Given the 532 nm profile (skin types I-III) and a client of skin type IV
        GateDecision d = SafetyGate.check(REFERENCE, TATTOO_532, SkinType.IV, setpoint("100mJ", "4mm", "5Hz", "532nm"));

        // Then the skin type is refused, listing the ones allowed
        assertThat(d.refusals()).singleElement().satisfies(r -> {
            assertThat(r.parameter()).isEqualTo(Parameter.SKIN_TYPE);
            assertThat(r.value()).isEqualTo("IV");
            assertThat(r.limit()).isEqualTo("I, II, III");
        });
    }

    @Test
    void safeProfile_532ForSkinTypeIV_cannotEvenBeBuilt() {
        assertThatThrownBy(() -> new SafeProfile("p", "p", "1.0.0", "reference-laser", Wavelength.KTP_532,
                Map.of(SkinType.IV, new FluenceBand(new Fluence(0.5), new Fluence(2))), RepetitionRate.parse("5Hz"), 10, 42,
                new TestSpotRule(Set.of(), false)))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("fluence.IV: 532 nm is only for skin types");
    }

    @Test
    void check_energyAboveTheUnit_isRefusedNamingTheDeviceProfile() {
        GateDecision d = SafetyGate.check(REFERENCE, TATTOO_532, SkinType.I, setpoint("600.1mJ", "10mm", "5Hz", "532nm"));
        assertThat(d.refusals()).singleElement().satisfies(r -> {
            assertThat(r.explanation()).isEqualTo("energy 600.1 mJ is above the maximum 600 mJ at 532 nm (device profile reference-laser 1.0.0)");
        });
    }

    @Test
    void check_valuesBetweenSteps_areRefusedNeverRounded() {
        // Given energy, spot and rate each half a step off the unit's grid
        GateDecision d = SafetyGate.check(REFERENCE, TATTOO_1064, SkinType.III, setpoint("400.05mJ", "4.05mm", "4.95Hz", "1064nm"));

        // Then each is refused as off its step
        assertThat(d.refusals()).extracting(Refusal::parameter, Refusal::breach).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Parameter.ENERGY, Breach.OFF_STEP),
                org.assertj.core.groups.Tuple.tuple(Parameter.SPOT, Breach.OFF_STEP),
                org.assertj.core.groups.Tuple.tuple(Parameter.RATE, Breach.OFF_STEP));
    }

    @Test
    void check_unitLimitsAtTheirEdges_areAllowedAndJustBeyond_refused() {
        SafeProfile wide = reference1064(0.001, 12, SkinType.I);
        assertThat(SafetyGate.check(REFERENCE, wide, SkinType.I, setpoint("10mJ", "1mm", "0.5Hz", "1064nm")).isAllowed()).isTrue();
        assertThat(SafetyGate.check(REFERENCE, wide, SkinType.I, setpoint("9.9mJ", "0.9mm", "0.4Hz", "1064nm")).refusals())
                .extracting(Refusal::parameter, Refusal::breach).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Parameter.ENERGY, Breach.BELOW_MINIMUM),
                        org.assertj.core.groups.Tuple.tuple(Parameter.SPOT, Breach.BELOW_MINIMUM),
                        org.assertj.core.groups.Tuple.tuple(Parameter.RATE, Breach.BELOW_MINIMUM));
        assertThat(SafetyGate.check(REFERENCE, wide, SkinType.I, setpoint("1000mJ", "10.1mm", "5Hz", "1064nm")).refusals())
                .extracting(Refusal::breach).containsExactly(Breach.ABOVE_MAXIMUM);
    }

    @Test
    void check_rateAboveTheProfile_isRefusedNamingTheSafeProfile() {
        GateDecision d = SafetyGate.check(REFERENCE, TATTOO_1064, SkinType.III, setpoint("400mJ", "4mm", "5.1Hz", "1064nm"));
        assertThat(d.refusals()).singleElement().satisfies(r -> {
            assertThat(r.parameter()).isEqualTo(Parameter.RATE);
            assertThat(r.limit()).isEqualTo("5 Hz");
            assertThat(r.source().kind()).isEqualTo(LimitSource.Kind.SAFE_PROFILE);
        });
    }

    @Test
    void check_spotWithoutAHandpiece_isRefusedListingTheHandpieces() {
        DeviceProfile bigSky = device("bigsky-cfr200");
        SafeProfile profile = profile("bigsky-cfr200", "tattoo-1064-fst-i-iii");
        GateDecision d = SafetyGate.check(bigSky, profile, SkinType.I, setpoint("100mJ", "5mm", "5Hz", "1064nm"));
        assertThat(d.refusals()).singleElement().satisfies(r -> {
            assertThat(r.breach()).isEqualTo(Breach.NOT_OFFERED);
            assertThat(r.limit()).isEqualTo("handpieces 2, 3, 4, 6 mm");
        });
    }

    @Test
    void check_wavelengthTheUnitLacksAndTheProfileDoesNotUse_isRefusedTwice() {
        GateDecision d = SafetyGate.check(REFERENCE, TATTOO_1064, SkinType.I, setpoint("400mJ", "4mm", "5Hz", "755nm"));
        assertThat(d.refusals()).extracting(Refusal::parameter, Refusal::breach, Refusal::limit).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Parameter.WAVELENGTH, Breach.NOT_OFFERED, "1064 nm, 532 nm"),
                org.assertj.core.groups.Tuple.tuple(Parameter.WAVELENGTH, Breach.MISMATCH, "1064 nm"));
    }

    @Test
    void check_profileWrittenForAnotherUnit_isRefused() {
        SafeProfile forBigSky = profile("bigsky-cfr200", "tattoo-1064-fst-i-iii");
        GateDecision d = SafetyGate.check(REFERENCE, forBigSky, SkinType.I, setpoint("100mJ", "4mm", "5Hz", "1064nm"));
        assertThat(d.refusals()).extracting(Refusal::parameter).containsExactly(Parameter.SAFE_PROFILE);
        assertThat(SafetyGate.allowedRanges(REFERENCE, forBigSky, SkinType.I, d.setpoint()).energy()).isEmpty();
    }

    @Test
    void check_withManyFaults_givesEveryReason() {
        // Given a request wrong in every way at once
        GateDecision d = SafetyGate.check(REFERENCE, TATTOO_532, SkinType.V, setpoint("1300mJ", "0.5mm", "20Hz", "1064nm"));

        // Then each broken limit is a reason of its own
        assertThat(d.refusals()).extracting(Refusal::parameter).containsExactly(Parameter.ENERGY, Parameter.SPOT,
                Parameter.RATE, Parameter.WAVELENGTH, Parameter.RATE, Parameter.SKIN_TYPE, Parameter.FLUENCE);
        assertThat(d.refusals().get(d.refusals().size() - 1).source().kind()).isEqualTo(LimitSource.Kind.CLINICAL_LIMIT);
    }
}
