package org.pulseguard.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The published JSON schemas in docs/schema/ accept every shipped profile and refuse structurally broken ones. */
class ProfileSchemaTest {
    private static Schema deviceSchema;
    private static Schema safeSchema;

    @BeforeAll
    static void loadSchemas() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        deviceSchema = registry.getSchema(Files.readString(Path.of("docs/schema/device-profile.schema.json")));
        safeSchema = registry.getSchema(Files.readString(Path.of("docs/schema/safe-profile.schema.json")));
    }

    static Stream<Path> shippedFiles() throws IOException {
        return Stream.concat(Files.walk(Path.of("device-profiles")), Files.walk(Path.of("src/test/resources/profiles/fixtures")))
                .filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedFiles")
    void shippedFile_againstThePublishedSchema_isValid(Path file) throws IOException {
        // Given a shipped profile file / When checked against its schema
        List<Error> errors = schemaFor(file).validate(Files.readString(file), InputFormat.JSON);

        // Then the schema finds nothing
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"device/unknown-field.json", "device/missing-watchdog.json", "device/energy-as-text-with-unit.json",
            "device/tolerance-wider-than-20-percent.json", "device/reference-with-calibration.json",
            "device/bigsky-wrong-serial.json", "device/bigsky-with-zoom.json", "device/quantaray-watchdog-above-watc.json",
            "device/spot-zoom-and-handpieces.json", "device/energy-finer-than-microjoule.json",
            "safe/532-for-skin-type-iv.json", "safe/1064-cap-above-12.json", "safe/interval-below-4-weeks.json",
            "safe/unknown-skin-type.json", "safe/fluence-in-millijoules.json", "safe/wavelength-without-clinical-limit.json"})
    void brokenFile_againstThePublishedSchema_isRefused(String name) throws IOException {
        // Given a broken file whose fault the schema can see
        Path file = Path.of("src/test/resources/profiles/broken").resolve(name);

        // When checked against its schema
        List<Error> errors = (name.startsWith("device/") ? deviceSchema : safeSchema).validate(Files.readString(file), InputFormat.JSON);

        // Then the schema refuses it too
        assertThat(errors).isNotEmpty();
    }

    private static Schema schemaFor(Path file) {
        return file.getFileName().toString().equals(ProfileLoader.DEVICE_FILE) ? deviceSchema : safeSchema;
    }
}
