package org.pulseguard.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pulseguard.safety.GateFixtures.device;
import static org.pulseguard.safety.GateFixtures.profile;
import static org.pulseguard.safety.GateFixtures.setpoint;

import org.junit.jupiter.api.Test;
import org.pulseguard.device.EnergyRange;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.Handpiece;
import org.pulseguard.profile.HandpieceSpots;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.profile.ZoomSpots;
import org.pulseguard.quantity.PulseEnergy;

/** The allowed range of each parameter, the others staying as asked. */
class AllowedRangesTest {
    private static final DeviceProfile REFERENCE = device("reference-laser");
    private static final SafeProfile TATTOO_1064 = profile("reference-laser", "tattoo-1064-fst-i-iii");

    @Test
    void allowedRanges_onTheReferenceUnit_followTheFluenceBandAndTheSteps() {
        // Given 400 mJ on 4 mm at 5 Hz, skin type III, 1..12 J/cm2
        AllowedRanges r = SafetyGate.allowedRanges(REFERENCE, TATTOO_1064, SkinType.III, setpoint("400mJ", "4mm", "5Hz", "1064nm"));

        // Then energy at 4 mm is 125.7..1200 mJ (1 J/cm2 needs 125.66 mJ), spot at 400 mJ is 2.1..7.1 mm, rate up to 5 Hz
        assertThat(r.energy().orElseThrow()).isEqualTo(new EnergyRange(PulseEnergy.parse("125.7mJ"), PulseEnergy.parse("1200mJ"),
                PulseEnergy.parse("0.1mJ")));
        assertThat(r.spot().orElseThrow().describe()).isEqualTo("zoom 2.1..7.1 mm in 0.1 mm steps");
        assertThat(r.rate().orElseThrow().maximum()).hasToString("5 Hz");
        assertThat(r.fluence().orElseThrow()).hasToString("1.00..12.00 J/cm2");
        assertThat(r.wavelength()).hasValueSatisfying(w -> assertThat(w.nanometres()).isEqualTo(1064));
    }

    @Test
    void allowedEnergy_atItsEdges_isAllowedByTheGateAndOneStepBeyondIsNot() {
        // Given 3 mm, where 12 J/cm2 is 848.23 mJ
        Setpoint at = setpoint("400mJ", "3mm", "5Hz", "1064nm");
        EnergyRange range = SafetyGate.allowedRanges(REFERENCE, TATTOO_1064, SkinType.I, at).energy().orElseThrow();

        // Then the top is 848.2 mJ: allowed; 848.3 mJ is refused on fluence; the bottom likewise
        assertThat(range.maximum()).isEqualTo(PulseEnergy.parse("848.2mJ"));
        assertThat(allowed(at, range.maximum())).isTrue();
        assertThat(allowed(at, new PulseEnergy(range.maximum().microjoules() + 100))).isFalse();
        assertThat(allowed(at, range.minimum())).isTrue();
        assertThat(allowed(at, new PulseEnergy(range.minimum().microjoules() - 100))).isFalse();
    }

    @Test
    void allowedSpots_withHandpieces_areTheHandpiecesWithinTheBand() {
        // Given the Big Sky at 100 mJ, 1064 nm, 0.5..6 J/cm2: spots from 1.46 to 5.05 mm qualify
        AllowedRanges r = SafetyGate.allowedRanges(device("bigsky-cfr200"), profile("bigsky-cfr200", "tattoo-1064-fst-i-iii"),
                SkinType.II, setpoint("100mJ", "4mm", "5Hz", "1064nm"));

        // Then the 2, 3 and 4 mm handpieces, not the 6 mm one
        assertThat(r.spot().orElseThrow()).isInstanceOf(HandpieceSpots.class);
        assertThat(((HandpieceSpots) r.spot().orElseThrow()).handpieces()).extracting(Handpiece::id)
                .containsExactly("HP-2", "HP-3", "HP-4");
        assertThat(r.rate().orElseThrow().step()).hasToString("0.5 Hz");
    }

    @Test
    void allowedRanges_forASkinTypeTheProfileDoesNotTreat_areEmptyButTheRate() {
        AllowedRanges r = SafetyGate.allowedRanges(REFERENCE, TATTOO_1064, SkinType.V, setpoint("400mJ", "4mm", "5Hz", "1064nm"));
        assertThat(r.energy()).isEmpty();
        assertThat(r.spot()).isEmpty();
        assertThat(r.fluence()).isEmpty();
        assertThat(r.rate()).isPresent();
    }

    @Test
    void allowedSpot_startsWhereTheFluenceFallsUnderTheCap_andIsEmptyWhenNoSpotFits() {
        // Given 532 nm at most 5 J/cm2 and 600 mJ: it needs at least 3.909 mm, so the zoom from 4 mm
        AllowedRanges r = SafetyGate.allowedRanges(REFERENCE, profile("reference-laser", "tattoo-532-fst-i-iii"), SkinType.I,
                setpoint("600mJ", "4mm", "5Hz", "532nm"));
        assertThat(((ZoomSpots) r.spot().orElseThrow()).range().minimum()).hasToString("4 mm");
        AllowedRanges none = SafetyGate.allowedRanges(device("bigsky-cfr200"), profile("bigsky-cfr200", "tattoo-532-fst-i-iii"),
                SkinType.III, setpoint("5mJ", "2mm", "5Hz", "532nm"));
        assertThat(none.spot()).isEmpty();
    }

    private static boolean allowed(Setpoint at, PulseEnergy energy) {
        Setpoint s = new Setpoint(energy, at.spot(), at.rate(), at.wavelength());
        return SafetyGate.check(REFERENCE, TATTOO_1064, SkinType.I, s).isAllowed();
    }
}
