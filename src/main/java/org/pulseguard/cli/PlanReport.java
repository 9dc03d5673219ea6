package org.pulseguard.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.pulseguard.device.EnergyRange;
import org.pulseguard.device.RateRange;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.FluenceBand;
import org.pulseguard.profile.HandpieceSpots;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.profile.SpotOptions;
import org.pulseguard.profile.ZoomSpots;
import org.pulseguard.quantity.Wavelength;
import org.pulseguard.safety.AllowedRanges;
import org.pulseguard.safety.GateDecision;
import org.pulseguard.safety.Refusal;

/**
 * The {@code plan --json} document, as typed records whose field names carry their units.
 * Immutable.
 */
record PlanReport(DeviceRef device, SafeProfileRef safeProfile, String skinType, SetpointJson setpoint,
                  double fluenceJoulesPerSquareCentimetre, String verdict, List<RefusalJson> refusals, AllowedJson allowed) {

    record DeviceRef(String id, String version, String model) {}

    record SafeProfileRef(String id, String version, String name) {}

    record SourceJson(String kind, String id, String version) {}

    record RefusalJson(String parameter, String breach, String value, String limit, SourceJson source, String explanation) {}

    record StepsJson(BigDecimal minMillijoules, BigDecimal maxMillijoules, BigDecimal stepMillijoules) {}

    record RateJson(BigDecimal minHertz, BigDecimal maxHertz, BigDecimal stepHertz) {}

    record ZoomJson(BigDecimal minMillimetres, BigDecimal maxMillimetres, BigDecimal stepMillimetres) {}

    record HandpieceJson(String id, BigDecimal diameterMillimetres) {}

    /** Either a zoom range or the handpieces; the other is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SpotJson(ZoomJson zoom, List<HandpieceJson> handpieces) {}

    record FluenceJson(double minJoulesPerSquareCentimetre, double maxJoulesPerSquareCentimetre) {}

    /** Each range given the other parameters as asked; null when nothing is allowed. */
    record AllowedJson(Integer wavelengthNanometres, StepsJson energy, SpotJson spot, RateJson rate, FluenceJson fluence) {}

    static PlanReport of(DeviceProfile unit, SafeProfile safe, SkinType skinType, GateDecision d, AllowedRanges r) {
        return new PlanReport(new DeviceRef(unit.id(), unit.version(), unit.model()),
                new SafeProfileRef(safe.id(), safe.version(), safe.name()), skinType.name(), SetpointJson.of(d.setpoint()),
                d.fluence().joulesPerSquareCentimetre(), d.isAllowed() ? "allowed" : "refused",
                d.refusals().stream().map(PlanReport::refusal).toList(), allowed(r));
    }

    private static RefusalJson refusal(Refusal r) {
        return new RefusalJson(r.parameter().label(), r.breach().name(), r.value(), r.limit(),
                new SourceJson(r.source().kind().label(), r.source().id(), r.source().version()), r.explanation());
    }

    private static AllowedJson allowed(AllowedRanges r) {
        return new AllowedJson(r.wavelength().map(Wavelength::nanometres).orElse(null),
                r.energy().map(PlanReport::energy).orElse(null), r.spot().map(PlanReport::spot).orElse(null),
                r.rate().map(PlanReport::rate).orElse(null), r.fluence().map(PlanReport::fluence).orElse(null));
    }

    private static StepsJson energy(EnergyRange e) {
        return new StepsJson(SetpointJson.thousandths(e.minimum().microjoules()), SetpointJson.thousandths(e.maximum().microjoules()),
                SetpointJson.thousandths(e.step().microjoules()));
    }

    private static RateJson rate(RateRange x) {
        return new RateJson(SetpointJson.thousandths(x.minimum().millihertz()), SetpointJson.thousandths(x.maximum().millihertz()),
                SetpointJson.thousandths(x.step().millihertz()));
    }

    private static FluenceJson fluence(FluenceBand b) {
        return new FluenceJson(b.minimum().joulesPerSquareCentimetre(), b.maximum().joulesPerSquareCentimetre());
    }

    private static SpotJson spot(SpotOptions options) {
        if (options instanceof ZoomSpots zoom) {
            return new SpotJson(new ZoomJson(SetpointJson.thousandths(zoom.range().minimum().micrometres()),
                    SetpointJson.thousandths(zoom.range().maximum().micrometres()),
                    SetpointJson.thousandths(zoom.range().step().micrometres())), null);
        }
        return new SpotJson(null, ((HandpieceSpots) options).handpieces().stream()
                .map(h -> new HandpieceJson(h.id(), SetpointJson.thousandths(h.diameter().micrometres()))).toList());
    }
}
