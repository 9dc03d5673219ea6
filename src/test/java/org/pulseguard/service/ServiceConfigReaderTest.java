package org.pulseguard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.profile.Dialect;

/** The serve config file: read strictly, each problem naming the file, the field, the value and what is expected. */
class ServiceConfigReaderTest {
    private static final Path PROFILES = Path.of(System.getProperty("basedir", ".")).resolve("device-profiles");
    private static final String UNIT = "{\"id\": \"room-1\", \"port\": \"/dev/ttyUSB0\", \"dialect\": \"reference\","
            + " \"deviceProfile\": \"reference-laser\"}";

    @TempDir
    Path dir;

    @Test
    void aCompleteFile_isReadField_byField() throws Exception {
        ServiceConfig config = read("{\"units\": [" + UNIT + ", {\"id\": \"room-2\", \"port\": \"tcp://10.0.0.7:4001\","
                + " \"dialect\": \"bigsky\", \"deviceProfile\": \"bigsky-cfr200\"}], \"dataDirectory\": \"data\","
                + " \"bind\": \"127.0.0.1\", \"port\": 8443, \"clinicZone\": \"Europe/Berlin\"}");

        assertThat(config.units()).containsExactly(
                new ServiceConfig.UnitConfig("room-1", "/dev/ttyUSB0", Dialect.REFERENCE, "reference-laser"),
                new ServiceConfig.UnitConfig("room-2", "tcp://10.0.0.7:4001", Dialect.BIG_SKY, "bigsky-cfr200"));
        assertThat(config.port()).isEqualTo(8443);
        assertThat(config.clinicZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(config.allowNonLoopback()).isFalse();
        // A relative data directory belongs to the config file's folder, not to wherever serve was started.
        assertThat(config.dataDirectory()).isEqualTo(dir.toAbsolutePath().resolve("data"));
    }

    @Test
    void anEmptyObject_meansTheDefaults_loopbackOnly() throws Exception {
        ServiceConfig config = read("{}");

        assertThat(config.bind()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(ServiceConfig.DEFAULT_PORT);
        assertThat(config.units()).isEmpty();
        assertThat(config.dataDirectory()).isNull();
    }

    @Test
    void malformedJson_isRefused_namingTheFileLineAndColumn() throws Exception {
        assertThat(problems("{\n  \"port\": 8080,\n  \"units\": [\n}")).startsWith(file() + ": not valid JSON at line 4, column 1");
    }

    @Test
    void anUnknownField_isRefused_namingItAndTheFieldsThatExist() throws Exception {
        assertThat(problems("{\"prot\": 8080}"))
                .isEqualTo(file() + ": prot: unknown field; expected one of units, dataDirectory, bind, port, clinicZone,"
                        + " allowNonLoopback");
        assertThat(problems("{\"units\": [" + UNIT.replace("}", ", \"colour\": \"red\"}") + "]}"))
                .isEqualTo(file() + ": units[0].colour: unknown field; expected one of id, port, dialect, deviceProfile");
    }

    @Test
    void aUnitWithoutId_isRefused() throws Exception {
        assertThat(problems("{\"units\": [" + UNIT.replace("\"id\": \"room-1\", ", "") + "]}"))
                .isEqualTo(file() + ": units[0].id: missing; expected letters, digits, '-' or '_' (at most 40, for URLs)");
    }

    @Test
    void twoUnitsWithOneId_areRefused() throws Exception {
        assertThat(problems("{\"units\": [" + UNIT + ", " + UNIT + "]}"))
                .isEqualTo(file() + ": units[1].id: \"room-1\"; expected an id no other unit has");
    }

    @Test
    void anUnknownDialect_isRefused_sayingWhichExist() throws Exception {
        assertThat(problems("{\"units\": [" + UNIT.replace("\"reference\"", "\"lumenis\"") + "]}"))
                .isEqualTo(file() + ": units[0].dialect: \"lumenis\"; expected reference, bigsky or quantaray");
    }

    @Test
    void anUnknownDeviceProfile_isRefused_listingTheOnesThere() throws Exception {
        assertThat(problems("{\"units\": [" + UNIT.replace("\"reference-laser\"", "\"revlite-si\"") + "]}"))
                .isEqualTo(file() + ": units[0].deviceProfile: \"revlite-si\"; expected a device profile in " + PROFILES
                        + " (there: bigsky-cfr200, quantaray-lab150, reference-laser)");
    }

    @Test
    void aDeviceProfileIdThatLeavesTheFolder_isRefused() throws Exception {
        assertThat(problems("{\"units\": [" + UNIT.replace("\"reference-laser\"", "\"../reference-laser\"") + "]}"))
                .startsWith(file() + ": units[0].deviceProfile: \"../reference-laser\"; expected the id of a device profile");
    }

    @Test
    void aUnitPortThatIsNeitherAPathNorTcp_isRefused() throws Exception {
        assertThat(problems("{\"units\": [" + UNIT.replace("/dev/ttyUSB0", "tcp://10.0.0.7:serial") + "]}"))
                .startsWith(file() + ": units[0].port: \"tcp://10.0.0.7:serial\"; expected a serial device path or tcp://host:port");
    }

    @Test
    void aServicePortThatIsNotANumber_isRefused() throws Exception {
        assertThat(problems("{\"port\": \"eighty\"}")).isEqualTo(file() + ": port: \"eighty\"; expected a whole number 0..65535");
        assertThat(problems("{\"port\": 70000}")).isEqualTo(file() + ": port: 70000; expected a whole number 0..65535");
        assertThat(problems("{\"port\": 80.5}")).isEqualTo(file() + ": port: 80.5; expected a whole number 0..65535");
    }

    @Test
    void aNonLoopbackBind_isRefused_unlessTheFileSaysSoExplicitly() throws Exception {
        assertThat(problems("{\"bind\": \"0.0.0.0\"}")).isEqualTo(file() + ": bind: '0.0.0.0' is not a loopback address;"
                + " the service binds beyond this machine only when the config file says \"allowNonLoopback\": true");
        assertThat(problems("{\"bind\": \"0.0.0.0\", \"allowNonLoopback\": \"yes\"}"))
                .contains(file() + ": allowNonLoopback: \"yes\"; expected true or false");

        ServiceConfig allowed = read("{\"bind\": \"0.0.0.0\", \"allowNonLoopback\": true}");
        assertThat(allowed.bind()).isEqualTo("0.0.0.0");
        assertThat(allowed.allowNonLoopback()).isTrue();
    }

    @Test
    void anUnknownTimeZone_isRefused() throws Exception {
        assertThat(problems("{\"clinicZone\": \"Europe/Atlantis\"}"))
                .isEqualTo(file() + ": clinicZone: \"Europe/Atlantis\"; expected a time zone such as Europe/Berlin");
    }

    @Test
    void somethingOtherThanAnObject_isRefused() throws Exception {
        assertThat(problems("[]")).isEqualTo(file() + ": the whole file: []; expected a JSON object");
        assertThat(problems("{\"units\": [1]}")).isEqualTo(file() + ": units[0]: 1; expected a JSON object");
    }

    @Test
    void everyProblem_isReported_notOnlyTheFirst() throws Exception {
        ServiceConfigException e = failure("{\"port\": \"x\", \"units\": [" + UNIT.replace("\"reference\"", "\"x\"") + "],"
                + " \"bind\": \"192.0.2.1\"}");

        assertThat(e.problems()).hasSize(3).allSatisfy(p -> assertThat(p).startsWith(file() + ": "));
    }

    @Test
    void aYamlFile_isReadLikeJson() throws Exception {
        Path yaml = dir.resolve("serve.yaml");
        Files.writeString(yaml, """
                units:
                  - id: room-1
                    port: /dev/ttyUSB0
                    dialect: quantaray
                    deviceProfile: quantaray-lab150
                port: 0
                clinicZone: Europe/Vienna
                """);

        ServiceConfig config = new ServiceConfigReader(PROFILES).read(yaml);

        assertThat(config.units()).containsExactly(
                new ServiceConfig.UnitConfig("room-1", "/dev/ttyUSB0", Dialect.QUANTA_RAY, "quantaray-lab150"));
        assertThat(config.port()).isZero();
        assertThat(config.clinicZone()).isEqualTo(ZoneId.of("Europe/Vienna"));
    }

    @Test
    void aYamlFile_isCheckedAsStrictly_andMalformedYamlIsNamed() throws Exception {
        Path yaml = dir.resolve("serve.yml");
        Files.writeString(yaml, "port: \"8080\"\nbindd: 127.0.0.1\n");
        ServiceConfigException e = catchThrowableOfType(ServiceConfigException.class, () -> new ServiceConfigReader(PROFILES).read(yaml));
        assertThat(e.problems()).containsExactly(yaml + ": port: \"8080\"; expected a whole number 0..65535",
                yaml + ": bindd: unknown field; expected one of units, dataDirectory, bind, port, clinicZone, allowNonLoopback");

        Files.writeString(yaml, "units: [\n  - id: room-1\n");
        e = catchThrowableOfType(ServiceConfigException.class, () -> new ServiceConfigReader(PROFILES).read(yaml));
        assertThat(e.getMessage()).startsWith(yaml + ": not valid YAML at line ");
    }

    @Test
    void aMissingFile_isNamed() {
        ServiceConfigException e = catchThrowableOfType(ServiceConfigException.class,
                () -> new ServiceConfigReader(PROFILES).read(dir.resolve("absent.json")));

        assertThat(e.getMessage()).isEqualTo(dir.resolve("absent.json") + ": cannot be read (no such file); expected a config file"
                + " (docs/serve.md)");
    }

    private ServiceConfig read(String json) throws IOException, ServiceConfigException {
        Files.writeString(dir.resolve("serve.json"), json);
        return new ServiceConfigReader(PROFILES).read(dir.resolve("serve.json"));
    }

    private ServiceConfigException failure(String json) throws IOException {
        Files.writeString(dir.resolve("serve.json"), json);
        return catchThrowableOfType(ServiceConfigException.class, () -> new ServiceConfigReader(PROFILES).read(dir.resolve("serve.json")));
    }

    private String problems(String json) throws IOException {
        ServiceConfigException e = failure(json);
        assertThat(e).as("refused: " + json).isNotNull();
        return e.getMessage();
    }

    private String file() {
        return dir.resolve("serve.json").toString();
    }
}
