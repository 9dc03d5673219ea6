package org.pulseguard.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pulseguard.quantity.Fluence;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.Wavelength;

/** Turns the JSON tree of a safe profile file into a {@link SafeProfile}, logging every problem. Stateless. */
final class SafeProfileReader {
    /** The value of {@code format} in a safe profile file. */
    static final String FORMAT = "pulseguard-safe-profile/1";

    private SafeProfileReader() {}

    static Optional<SafeProfile> read(JsonNode tree, ReadLog log) {
        return ObjectFields.root(tree, log).flatMap(r -> read(r, log));
    }

    private static Optional<SafeProfile> read(ObjectFields r, ReadLog log) {
        r.text("format").filter(f -> !f.equals(FORMAT))
                .ifPresent(f -> r.issue("format", "'" + f + "' is not " + FORMAT));
        Optional<String> id = r.text("id");
        Optional<String> name = r.text("name");
        Optional<String> version = r.text("version");
        Optional<String> deviceId = r.text("deviceId");
        Optional<Wavelength> wavelength = r.integer("wavelengthNanometres")
                .flatMap(nm -> r.build("wavelengthNanometres", () -> new Wavelength(nm)));
        Optional<Map<SkinType, FluenceBand>> fluence = r.object("fluence").flatMap(SafeProfileReader::fluence);
        Optional<RepetitionRate> maxRate = r.object("maxRepetitionRate").flatMap(b -> {
            Optional<Long> mhz = Steps.exact(b, "hertz", Steps.HERTZ, false);
            b.source();
            b.finish();
            return mhz.map(RepetitionRate::new);
        });
        Optional<Integer> maxPulses = r.object("maxPulsesPerSession").flatMap(b -> counted(b, "count"));
        Optional<Integer> interval = r.object("minIntervalBetweenSessions").flatMap(b -> counted(b, "days"));
        Optional<TestSpotRule> testSpot = r.object("testSpot").flatMap(SafeProfileReader::testSpot);
        r.finish();
        if (!log.clean()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SafeProfile(id.get(), name.get(), version.get(), deviceId.get(), wavelength.get(),
                    fluence.get(), maxRate.get(), maxPulses.get(), interval.get(), testSpot.get()));
        } catch (InvalidProfileException e) {
            log.issues(e.issues());
            return Optional.empty();
        }
    }

    /** {@code {"I": {minJoulesPerSquareCentimetre, maxJoulesPerSquareCentimetre, source}, ...}}. */
    private static Optional<Map<SkinType, FluenceBand>> fluence(ObjectFields f) {
        Map<SkinType, FluenceBand> bands = new EnumMap<>(SkinType.class);
        boolean ok = true;
        for (String key : f.names()) {
            Optional<SkinType> type = skinType(key);
            if (type.isEmpty()) {
                f.issue(key, "not a skin type; write I, II, III, IV, V or VI");
                ok = false;
                continue;
            }
            Optional<FluenceBand> band = f.object(key).flatMap(SafeProfileReader::band);
            band.ifPresent(b -> bands.put(type.get(), b));
            ok &= band.isPresent();
        }
        f.finish();
        return ok ? Optional.of(bands) : Optional.empty();
    }

    private static Optional<FluenceBand> band(ObjectFields b) {
        Optional<Double> min = positive(b, "minJoulesPerSquareCentimetre");
        Optional<Double> max = positive(b, "maxJoulesPerSquareCentimetre");
        b.source();
        b.finish();
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (min.get() > max.get()) {
            b.issue("minJoulesPerSquareCentimetre", new Fluence(min.get()) + " is above maxJoulesPerSquareCentimetre "
                    + new Fluence(max.get()));
            return Optional.empty();
        }
        return b.build("minJoulesPerSquareCentimetre", () -> new FluenceBand(new Fluence(min.get()), new Fluence(max.get())));
    }

    private static Optional<Double> positive(ObjectFields b, String field) {
        return b.number(field).flatMap(n -> {
            if (n.signum() <= 0) {
                b.issue(field, n.toPlainString() + " J/cm2 is not above 0");
                return Optional.empty();
            }
            return Optional.of(n.doubleValue());
        });
    }

    private static Optional<Integer> counted(ObjectFields block, String field) {
        Optional<Integer> value = block.integer(field);
        block.source();
        block.finish();
        return value;
    }

    /** {@code {requiredForSkinTypes: ["IV", ...], requiredForFirstSessionOnSite: true, source}}. */
    private static Optional<TestSpotRule> testSpot(ObjectFields t) {
        Optional<List<JsonNode>> types = t.array("requiredForSkinTypes");
        Optional<Boolean> first = t.bool("requiredForFirstSessionOnSite");
        t.source();
        t.finish();
        Set<SkinType> required = EnumSet.noneOf(SkinType.class);
        boolean ok = types.isPresent();
        List<JsonNode> items = types.orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            Optional<SkinType> type = items.get(i).isTextual() ? skinType(items.get(i).asText()) : Optional.empty();
            if (type.isEmpty()) {
                t.issue("requiredForSkinTypes[" + i + "]", items.get(i) + " is not a skin type; write I, II, III, IV, V or VI");
                ok = false;
            }
            type.ifPresent(required::add);
        }
        return ok && first.isPresent() ? Optional.of(new TestSpotRule(required, first.get())) : Optional.empty();
    }

    /** Only the canonical upper-case Roman numeral is accepted in files. */
    private static Optional<SkinType> skinType(String text) {
        for (SkinType type : SkinType.values()) {
            if (type.name().equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
