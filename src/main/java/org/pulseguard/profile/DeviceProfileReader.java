package org.pulseguard.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pulseguard.device.RateRange;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.transport.SerialSettings;

/** Turns the JSON tree of a device profile file into a {@link DeviceProfile}, logging every problem. Stateless. */
final class DeviceProfileReader {
    /** The value of {@code format} in a device profile file. */
    static final String FORMAT = "pulseguard-device-profile/1";
    /** The FDA guide's lower "typical" emission delay (FDA 86-8260 p.8: 2 to 20 s). */
    static final Duration TYPICAL_SHORTEST_EMISSION_DELAY = Duration.ofSeconds(2);

    private DeviceProfileReader() {}

    static Optional<DeviceProfile> read(JsonNode tree, ReadLog log) {
        Optional<ObjectFields> root = ObjectFields.root(tree, log);
        return root.flatMap(r -> read(r, log));
    }

    private static Optional<DeviceProfile> read(ObjectFields r, ReadLog log) {
        r.text("format").filter(f -> !f.equals(FORMAT))
                .ifPresent(f -> r.issue("format", "'" + f + "' is not " + FORMAT));
        Optional<String> id = r.text("id");
        Optional<String> version = r.text("version");
        Optional<String> model = r.text("model");
        Optional<String> description = r.text("description");
        Optional<Dialect> dialect = r.text("dialect").flatMap(d -> Dialect.fromFileName(d).or(() -> {
            r.issue("dialect", "'" + d + "' is not reference, bigsky or quantaray");
            return Optional.empty();
        }));
        Optional<SerialSettings> serial = r.text("serial").flatMap(s -> r.build("serial", () -> SerialSettings.parse(s)));
        List<WavelengthCapability> wavelengths = new ArrayList<>();
        r.objects("wavelengths").orElse(List.of()).forEach(w -> CapabilityReader.wavelength(w, dialect).ifPresent(wavelengths::add));
        Optional<SpotOptions> spots = r.object("spot").flatMap(CapabilityReader::spot);
        Optional<RateRange> rate = r.object("repetitionRate").flatMap(DeviceProfileReader::rate);
        Operation op = operation(r, log);
        r.finish();
        if (!log.clean()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DeviceProfile(id.get(), version.get(), model.get(), description.get(), dialect.get(),
                    serial.get(), wavelengths, spots.get(), rate.get(), op.pulseWidth.get(), op.tolerance.get(),
                    op.delay.get(), op.watchdog.get(), op.calibration.get()));
        } catch (InvalidProfileException e) {
            log.issues(e.issues());
            return Optional.empty();
        }
    }

    /** The blocks about running the unit rather than what it can emit. */
    private record Operation(Optional<Double> pulseWidth, Optional<EnergyTolerance> tolerance, Optional<Duration> delay,
                             Optional<Duration> watchdog, Optional<CalibrationRecord> calibration) {}

    private static Operation operation(ObjectFields r, ReadLog log) {
        Optional<Double> pulseWidth = r.object("pulseWidth").flatMap(p -> single(p, "nanoseconds"))
                .map(java.math.BigDecimal::doubleValue);
        Optional<EnergyTolerance> tolerance = r.object("measuredEnergyTolerance").flatMap(t -> single(t, "fraction")
                .flatMap(f -> t.build("fraction", () -> new EnergyTolerance(f.doubleValue()))));
        Optional<Duration> delay = r.object("emissionDelay").flatMap(d -> millis(d, "milliseconds"));
        delay.filter(d -> !d.isNegative() && d.compareTo(TYPICAL_SHORTEST_EMISSION_DELAY) < 0)
                .ifPresent(d -> log.note("emissionDelay.milliseconds", d.toMillis()
                        + " ms is below the 2-20 s the FDA guide calls typical (FDA 86-8260 p.8); confirm with the LSO"));
        Optional<Duration> watchdog = r.object("watchdog").flatMap(w -> millis(w, "periodMilliseconds"));
        Optional<CalibrationRecord> calibration = r.object("calibration").flatMap(DeviceProfileReader::calibration);
        return new Operation(pulseWidth, tolerance, delay, watchdog, calibration);
    }

    private static Optional<RateRange> rate(ObjectFields r) {
        Optional<Steps> steps = Steps.read(r, Steps.HERTZ);
        r.source();
        r.finish();
        return steps.map(s -> new RateRange(new RepetitionRate(s.minimum()), new RepetitionRate(s.maximum()),
                new RepetitionRate(s.step())));
    }

    /** A block holding one number and its source, for example {@code {"fraction": 0.15, "source": "..."}}. */
    private static Optional<java.math.BigDecimal> single(ObjectFields block, String field) {
        Optional<java.math.BigDecimal> value = block.number(field);
        block.source();
        block.finish();
        return value;
    }

    private static Optional<Duration> millis(ObjectFields block, String field) {
        Optional<Integer> value = block.integer(field);
        block.source();
        block.finish();
        return value.map(Duration::ofMillis);
    }

    private static Optional<CalibrationRecord> calibration(ObjectFields c) {
        Optional<LocalDate> performed = c.text("performedOn").flatMap(t -> date(c, "performedOn", t));
        Optional<LocalDate> until = c.text("validUntil").flatMap(t -> date(c, "validUntil", t));
        Optional<String> certificate = c.text("certificate");
        c.source();
        c.finish();
        if (performed.isEmpty() || until.isEmpty() || certificate.isEmpty()) {
            return Optional.empty();
        }
        return c.build("validUntil", () -> new CalibrationRecord(performed.get(), until.get(), certificate.get()));
    }

    private static Optional<LocalDate> date(ObjectFields block, String field, String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            block.issue(field, "'" + text + "' is not a date like 2026-11-28");
            return Optional.empty();
        }
    }
}
