package org.pulseguard.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.pulseguard.device.EnergyRange;
import org.pulseguard.device.RateRange;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.FluenceBand;
import org.pulseguard.profile.HandpieceSpots;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.profile.WavelengthCapability;
import org.pulseguard.profile.ZoomSpots;
import org.pulseguard.quantity.Fluence;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.safety.GateScenarios.Scenario;

/**
 * Properties of the safety gate over random inputs (jqwik 1.9.3): nothing outside the unit's range or
 * above the fluence cap for the skin type is ever allowed; what is inside every limit is allowed;
 * every refusal names parameter, value, limit and profile; allowed ranges agree with the gate.
 * Statistics are collected for the coverage checks, not printed: a passing build stays quiet.
 */
@StatisticsReport(StatisticsReportMode.OFF)
class SafetyGatePropertiesTest {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return GateScenarios.scenarios();
    }

    @Property(tries = 3000)
    void check_whateverTheInputs_allowsOnlyWithinTheUnitAndTheProfile(@ForAll("scenarios") Scenario s) {
        // Given any device, safe profile, skin type and setpoint / When the gate decides
        GateDecision d = SafetyGate.check(s.device(), s.profile(), s.skinType(), s.setpoint());
        Statistics.label("verdict").collect(d.isAllowed() ? "allowed" : "refused");

        // Then it allows exactly when an independent reading of the limits finds nothing broken
        Set<Parameter> broken = brokenLimits(s);
        assertThat(d.isAllowed()).as("allowed vs broken %s", broken).isEqualTo(broken.isEmpty());
        if (d.isAllowed()) {
            Setpoint p = s.setpoint();
            EnergyRange unit = s.device().at(p.wavelength()).orElseThrow().energy();
            assertThat(p.energy()).isBetween(unit.minimum(), unit.maximum());
            assertThat(d.fluence()).isLessThanOrEqualTo(s.profile().bandFor(s.skinType()).orElseThrow().maximum());
            assertThat(d.fluence()).isLessThanOrEqualTo(new Fluence(p.wavelength().equals(Wavelength.KTP_532) ? 5.0 : 12.0));
            if (p.wavelength().equals(Wavelength.KTP_532)) {
                assertThat(s.skinType()).isIn(SkinType.I, SkinType.II, SkinType.III);
            }
        }
        Statistics.label("verdict").coverage(c -> c.check("allowed").percentage(pct -> pct > 5));
    }

    @Property(tries = 3000)
    void check_whenRefused_namesEveryBrokenParameterWithValueLimitAndProfile(@ForAll("scenarios") Scenario s) {
        // Given any input / When the gate decides
        GateDecision d = SafetyGate.check(s.device(), s.profile(), s.skinType(), s.setpoint());

        // Then the refusals cover exactly the broken parameters, each with a value, a limit and its profile
        assertThat(d.refusals().stream().map(Refusal::parameter).collect(Collectors.toSet())).isEqualTo(brokenLimits(s));
        Set<LimitSource> sources = Set.of(LimitSource.of(s.device()), LimitSource.of(s.profile()),
                LimitSource.clinical(s.setpoint().wavelength()));
        for (Refusal r : d.refusals()) {
            assertThat(r.value()).isNotBlank().endsWith(unitOf(r.parameter()).orElse(""));
            assertThat(r.limit()).isNotBlank();
            assertThat(r.source()).isIn(sources);
            assertThat(r.explanation()).contains(r.value(), r.limit(), r.source().id(), r.source().version());
        }
    }

    @Property(tries = 1500)
    void allowedRanges_atTheirEdges_agreeWithTheGate(@ForAll("scenarios") Scenario s) {
        // Given the allowed ranges around any input
        AllowedRanges ranges = SafetyGate.allowedRanges(s.device(), s.profile(), s.skinType(), s.setpoint());
        Setpoint p = s.setpoint();

        // Then each end is accepted for that parameter and one step beyond is not
        ranges.energy().ifPresent(e -> {
            assertThat(energyOrFluenceRefused(s, with(p, e.maximum().microjoules()))).isFalse();
            assertThat(energyOrFluenceRefused(s, with(p, e.minimum().microjoules()))).isFalse();
            assertThat(energyOrFluenceRefused(s, with(p, e.maximum().microjoules() + e.step().microjoules()))).isTrue();
            if (e.minimum().microjoules() >= e.step().microjoules()) {
                assertThat(energyOrFluenceRefused(s, with(p, e.minimum().microjoules() - e.step().microjoules()))).isTrue();
            }
        });
        ranges.rate().ifPresent(r -> {
            assertThat(refused(s, withRate(p, r.maximum().millihertz()), Parameter.RATE)).isFalse();
            assertThat(refused(s, withRate(p, r.maximum().millihertz() + r.step().millihertz()), Parameter.RATE)).isTrue();
        });
        ranges.spot().ifPresent(spots -> {
            assertThat(spotOrFluenceRefused(s, withSpot(p, spots.smallest().micrometres()))).isFalse();
            assertThat(spotOrFluenceRefused(s, withSpot(p, spots.largest().micrometres()))).isFalse();
        });
        Statistics.label("energy range").collect(ranges.energy().isPresent());
    }

    /** Which parameters break a limit, read straight from the profiles (not through the gate's code). */
    static Set<Parameter> brokenLimits(Scenario s) {
        Set<Parameter> broken = EnumSet.noneOf(Parameter.class);
        DeviceProfile device = s.device();
        SafeProfile profile = s.profile();
        Setpoint p = s.setpoint();
        if (!profile.deviceId().equals(device.id())) {
            broken.add(Parameter.SAFE_PROFILE);
        }
        Optional<WavelengthCapability> at = device.at(p.wavelength());
        if (at.isEmpty() || !p.wavelength().equals(profile.wavelength())) {
            broken.add(Parameter.WAVELENGTH);
        }
        at.ifPresent(w -> {
            if (!onSteps(p.energy().microjoules(), w.energy().minimum().microjoules(), w.energy().maximum().microjoules(),
                    w.energy().step().microjoules())) {
                broken.add(Parameter.ENERGY);
            }
        });
        if (!makeable(device, p.spot().micrometres())) {
            broken.add(Parameter.SPOT);
        }
        RateRange rate = device.rate();
        if (!onSteps(p.rate().millihertz(), rate.minimum().millihertz(), rate.maximum().millihertz(), rate.step().millihertz())
                || p.rate().millihertz() > profile.maxRate().millihertz()) {
            broken.add(Parameter.RATE);
        }
        FluenceBand band = profile.fluence().get(s.skinType());
        if (band == null) {
            broken.add(Parameter.SKIN_TYPE);
            double f = Fluence.of(p.energy(), p.spot()).joulesPerSquareCentimetre();
            double hardCap = p.wavelength().nanometres() == 532 ? 5.0 : p.wavelength().nanometres() == 1064 ? 12.0
                    : Double.MAX_VALUE;
            if (f > hardCap) {
                broken.add(Parameter.FLUENCE);
            }
        } else {
            double f = Fluence.of(p.energy(), p.spot()).joulesPerSquareCentimetre();
            if (f > band.maximum().joulesPerSquareCentimetre() || f < band.minimum().joulesPerSquareCentimetre()) {
                broken.add(Parameter.FLUENCE);
            }
        }
        return broken;
    }

    private static boolean makeable(DeviceProfile device, long micrometres) {
        if (device.spots() instanceof HandpieceSpots handpieces) {
            return handpieces.handpieces().stream().anyMatch(h -> h.diameter().micrometres() == micrometres);
        }
        var zoom = ((ZoomSpots) device.spots()).range();
        return onSteps(micrometres, zoom.minimum().micrometres(), zoom.maximum().micrometres(), zoom.step().micrometres());
    }

    private static boolean onSteps(long value, long minimum, long maximum, long step) {
        return value >= minimum && value <= maximum && (value - minimum) % step == 0;
    }

    private static Optional<String> unitOf(Parameter parameter) {
        switch (parameter) {
            case ENERGY:
                return Optional.of(" mJ");
            case SPOT:
                return Optional.of(" mm");
            case RATE:
                return Optional.of(" Hz");
            case WAVELENGTH:
                return Optional.of(" nm");
            case FLUENCE:
                return Optional.of(")");
            default:
                return Optional.empty();
        }
    }

    private static boolean energyOrFluenceRefused(Scenario s, Setpoint p) {
        return refused(s, p, Parameter.ENERGY) || refused(s, p, Parameter.FLUENCE);
    }

    private static boolean spotOrFluenceRefused(Scenario s, Setpoint p) {
        return refused(s, p, Parameter.SPOT) || refused(s, p, Parameter.FLUENCE);
    }

    private static boolean refused(Scenario s, Setpoint p, Parameter parameter) {
        return SafetyGate.check(s.device(), s.profile(), s.skinType(), p).refusals().stream()
                .anyMatch(r -> r.parameter() == parameter);
    }

    private static Setpoint with(Setpoint p, long microjoules) {
        return new Setpoint(new org.pulseguard.quantity.PulseEnergy(microjoules), p.spot(), p.rate(), p.wavelength());
    }

    private static Setpoint withRate(Setpoint p, long millihertz) {
        return new Setpoint(p.energy(), p.spot(), new org.pulseguard.quantity.RepetitionRate(millihertz), p.wavelength());
    }

    private static Setpoint withSpot(Setpoint p, long micrometres) {
        return new Setpoint(p.energy(), new org.pulseguard.quantity.SpotDiameter(micrometres), p.rate(), p.wavelength());
    }
}
