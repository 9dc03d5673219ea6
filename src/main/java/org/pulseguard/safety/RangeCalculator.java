package org.pulseguard.safety;

import java.util.List;
import java.util.Optional;
import org.pulseguard.device.EnergyRange;
import org.pulseguard.device.RateRange;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.SpotRange;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.FluenceBand;
import org.pulseguard.profile.HandpieceSpots;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.profile.SpotOptions;
import org.pulseguard.profile.WavelengthCapability;
import org.pulseguard.profile.ZoomSpots;
import org.pulseguard.quantity.Fluence;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;

/**
 * Computes {@link AllowedRanges}. The fluence bounds are first solved in closed form, snapped onto
 * the unit's steps, then each end is confirmed with the same comparison the gate makes (floating
 * point can put a computed end one step outside). Stateless.
 */
final class RangeCalculator {
    private RangeCalculator() {}

    static Optional<EnergyRange> energy(DeviceProfile device, SafeProfile profile, SkinType skinType, Setpoint at) {
        Optional<WavelengthCapability> capability = device.at(at.wavelength());
        Optional<FluenceBand> band = profile.bandFor(skinType);
        if (capability.isEmpty() || band.isEmpty() || !at.wavelength().equals(profile.wavelength())) {
            return Optional.empty();
        }
        EnergyRange unit = capability.get().energy();
        SpotDiameter spot = at.spot();
        double area = spot.areaSquareCentimetres();
        long step = unit.step().microjoules();
        long min = unit.minimum().microjoules();
        long low = Steps.up(Math.max(min, (long) Math.ceil(band.get().minimum().joulesPerSquareCentimetre() * area * 1e6)), min, step);
        long high = Steps.down(Math.min(unit.maximum().microjoules(),
                (long) Math.floor(band.get().maximum().joulesPerSquareCentimetre() * area * 1e6)), min, step);
        while (high >= low && !band.get().contains(Fluence.of(new PulseEnergy(high), spot))) {
            high -= step;
        }
        while (low <= high && !band.get().contains(Fluence.of(new PulseEnergy(low), spot))) {
            low += step;
        }
        return low > high ? Optional.empty()
                : Optional.of(new EnergyRange(new PulseEnergy(low), new PulseEnergy(high), unit.step()));
    }

    static Optional<SpotOptions> spot(DeviceProfile device, SafeProfile profile, SkinType skinType, Setpoint at) {
        Optional<FluenceBand> band = profile.bandFor(skinType);
        if (band.isEmpty() || at.energy().microjoules() == 0 || !at.wavelength().equals(profile.wavelength())) {
            return Optional.empty();
        }
        double joules = at.energy().joules();
        // fluence = E / (pi d^2 / 4), so d = sqrt(4 E / (pi F)); d in cm, 10 000 um per cm; widened by 1 um.
        long smallest = (long) Math.floor(Math.sqrt(4 * joules / (Math.PI * band.get().maximum().joulesPerSquareCentimetre())) * 1e4) - 1;
        long largest = (long) Math.ceil(Math.sqrt(4 * joules / (Math.PI * band.get().minimum().joulesPerSquareCentimetre())) * 1e4) + 1;
        Optional<SpotOptions> near = device.spots().within(new SpotDiameter(Math.max(1, smallest)), new SpotDiameter(Math.max(1, largest)));
        return near.flatMap(options -> confirm(options, d -> band.get().contains(Fluence.of(at.energy(), d))));
    }

    private static Optional<SpotOptions> confirm(SpotOptions options, java.util.function.Predicate<SpotDiameter> allowed) {
        if (options instanceof HandpieceSpots handpieces) {
            List<org.pulseguard.profile.Handpiece> kept = handpieces.handpieces().stream()
                    .filter(h -> allowed.test(h.diameter())).toList();
            return kept.isEmpty() ? Optional.empty() : Optional.of(new HandpieceSpots(kept));
        }
        SpotRange range = ((ZoomSpots) options).range();
        long step = range.step().micrometres();
        long low = range.minimum().micrometres();
        long high = range.maximum().micrometres();
        while (low <= high && !allowed.test(new SpotDiameter(low))) {
            low += step;
        }
        while (high >= low && !allowed.test(new SpotDiameter(high))) {
            high -= step;
        }
        return low > high ? Optional.empty() : Optional.of(new ZoomSpots(
                new SpotRange(new SpotDiameter(low), new SpotDiameter(high), range.step())));
    }

    static Optional<RateRange> rate(DeviceProfile device, SafeProfile profile) {
        RateRange unit = device.rate();
        long min = unit.minimum().millihertz();
        long high = Steps.down(Math.min(unit.maximum().millihertz(), profile.maxRate().millihertz()), min, unit.step().millihertz());
        return high < min ? Optional.empty()
                : Optional.of(new RateRange(unit.minimum(), new RepetitionRate(high), unit.step()));
    }

    /** Snapping onto a grid {@code origin + k * step}. */
    private static final class Steps {
        private Steps() {}

        static long up(long value, long origin, long step) {
            return origin + Math.floorDiv(value - origin + step - 1, step) * step;
        }

        static long down(long value, long origin, long step) {
            return origin + Math.floorDiv(value - origin, step) * step;
        }
    }
}
