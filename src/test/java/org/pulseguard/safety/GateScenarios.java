package org.pulseguard.safety;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.pulseguard.device.EnergyRange;
import org.pulseguard.device.RateRange;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.SpotRange;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.HandpieceSpots;
import org.pulseguard.profile.ProfileSet;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.profile.WavelengthCapability;
import org.pulseguard.profile.ZoomSpots;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

/**
 * Random gate inputs over the shipped profiles: mostly near-valid (the unit's own profiles, values on
 * its steps) so that both verdicts are common, with a share of anything at all (other units'
 * profiles, any skin type, off-step and out-of-range values, wavelengths no unit has).
 */
final class GateScenarios {
    /** One gate input. */
    record Scenario(DeviceProfile device, SafeProfile profile, SkinType skinType, Setpoint setpoint) {}

    private static final List<SafeProfile> ALL_PROFILES = GateFixtures.SHIPPED.sets().stream()
            .flatMap(s -> s.safeProfiles().stream()).toList();

    private GateScenarios() {}

    static Arbitrary<Scenario> scenarios() {
        return Arbitraries.of(GateFixtures.SHIPPED.sets()).flatMap(set -> Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(set.safeProfiles())), Tuple.of(1, Arbitraries.of(ALL_PROFILES)))
                .flatMap(profile -> scenario(set, profile)));
    }

    private static Arbitrary<Scenario> scenario(ProfileSet set, SafeProfile profile) {
        DeviceProfile device = set.device();
        Arbitrary<SkinType> skin = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(profile.skinTypes())),
                Tuple.of(2, Arbitraries.of(SkinType.class)));
        Arbitrary<Wavelength> wavelength = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(profile.wavelength())),
                Tuple.of(1, Arbitraries.of(Wavelength.ND_YAG_1064, Wavelength.KTP_532)),
                Tuple.of(1, Arbitraries.of(new Wavelength(755), new Wavelength(694))));
        Arbitrary<Long> spot = Arbitraries.frequencyOf(Tuple.of(6, makeableSpots(device)),
                Tuple.of(2, Arbitraries.longs().between(1, 15_000)));
        RateRange rates = device.rate();
        long rateTop = Math.max(rates.minimum().millihertz(), Math.min(rates.maximum().millihertz(), profile.maxRate().millihertz()));
        Arbitrary<Long> rate = Arbitraries.frequencyOf(
                Tuple.of(6, onSteps(rates.minimum().millihertz(), rateTop, rates.step().millihertz())),
                Tuple.of(2, Arbitraries.longs().between(1, 30_000)));
        return Combinators.combine(skin, wavelength, spot, rate).flatAs((k, w, d, r) -> energy(device, profile, k, d)
                .map(e -> new Scenario(device, profile, k,
                        new Setpoint(new PulseEnergy(e), new SpotDiameter(d), new RepetitionRate(r), w))));
    }

    /** Energies on the unit's steps, anything at all, and a few steps either side of the fluence band's edges. */
    private static Arbitrary<Long> energy(DeviceProfile device, SafeProfile profile, SkinType skin, long spotMicrometres) {
        EnergyRange energies = device.at(profile.wavelength()).map(WavelengthCapability::energy)
                .orElse(device.wavelengths().get(0).energy());
        long min = energies.minimum().microjoules();
        long step = energies.step().microjoules();
        Arbitrary<Long> onSteps = onSteps(min, energies.maximum().microjoules(), step);
        Arbitrary<Long> anything = Arbitraries.longs().between(0, 2_000_000);
        if (profile.bandFor(skin).isEmpty()) {
            return Arbitraries.frequencyOf(Tuple.of(6, onSteps), Tuple.of(2, anything));
        }
        double area = new SpotDiameter(spotMicrometres).areaSquareCentimetres();
        long top = (long) (profile.bandFor(skin).get().maximum().joulesPerSquareCentimetre() * area * 1e6);
        long bottom = (long) (profile.bandFor(skin).get().minimum().joulesPerSquareCentimetre() * area * 1e6);
        Arbitrary<Long> nearEdges = Arbitraries.of(top, bottom).flatMap(edge -> Arbitraries.longs().between(-3, 3)
                .map(k -> Math.max(0, min + Math.floorDiv(edge - min, step) * step + k * step)));
        return Arbitraries.frequencyOf(Tuple.of(4, onSteps), Tuple.of(2, anything), Tuple.of(4, nearEdges));
    }

    private static Arbitrary<Long> makeableSpots(DeviceProfile device) {
        if (device.spots() instanceof HandpieceSpots handpieces) {
            return Arbitraries.of(handpieces.handpieces().stream().map(h -> h.diameter().micrometres()).toList());
        }
        SpotRange zoom = ((ZoomSpots) device.spots()).range();
        return onSteps(zoom.minimum().micrometres(), zoom.maximum().micrometres(), zoom.step().micrometres());
    }

    private static Arbitrary<Long> onSteps(long minimum, long maximum, long step) {
        return Arbitraries.longs().between(0, (maximum - minimum) / step).map(k -> minimum + k * step);
    }
}
