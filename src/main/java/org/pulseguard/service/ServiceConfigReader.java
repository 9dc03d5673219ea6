package org.pulseguard.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.pulseguard.profile.Dialect;
import org.pulseguard.transport.PortAddress;

/**
 * Reads and checks a {@code pulseguard serve} config file (JSON, or YAML when it ends in .yaml/.yml;
 * docs/serve.md) strictly, like the
 * profiles: unknown fields are refused, nothing is guessed, and every problem names the file, the
 * field, the value and what is expected. Stateless apart from the profiles folder it checks against.
 */
public final class ServiceConfigReader {
    private static final ObjectMapper JSON = strict(new ObjectMapper());
    private static final ObjectMapper YAML = strict(new YAMLMapper());
    private static final Pattern UNIT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final Pattern PROFILE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path profilesDir;

    private static ObjectMapper strict(ObjectMapper mapper) {
        return mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** A reader checking device profile ids against the folders of {@code profilesDir}. */
    public ServiceConfigReader(Path profilesDir) {
        this.profilesDir = profilesDir;
    }

    /** The configuration {@code file} holds, or every problem with it. */
    public ServiceConfig read(Path file) throws ServiceConfigException {
        String name = file.toString();
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        JsonNode root;
        try {
            root = (yaml ? YAML : JSON).readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new ServiceConfigException(List.of(name + ": not valid " + (yaml ? "YAML" : "JSON") + where(e) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "no such file" : e instanceof AccessDeniedException ? "permission denied"
                    : String.valueOf(e.getMessage());
            throw new ServiceConfigException(List.of(name + ": cannot be read (" + why + "); expected a config file (docs/serve.md)"));
        }
        ConfigFields top = new ConfigFields(name, "", root);
        if (!top.isObject()) {
            throw new ServiceConfigException(top.problems());
        }
        List<ServiceConfig.UnitConfig> units = units(top);
        String dataText = top.text("dataDirectory", "a folder path", false);
        String bind = top.text("bind", "an IP address such as 127.0.0.1", false);
        Integer port = top.wholeNumber("port", 0, 65_535);
        ZoneId zone = zone(top);
        Boolean allow = top.flag("allowNonLoopback");
        top.refuseOthers();
        List<String> problems = new ArrayList<>(top.problems());
        String bound = bind != null ? bind : ServiceConfig.DEFAULT_BIND;
        boolean allowed = allow != null && allow;
        try {
            BindAddress.check(bound, allowed, name + ": bind");
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new ServiceConfigException(problems);
        }
        Path data = dataText == null ? null : resolveAgainst(file, dataText);
        return new ServiceConfig(units, data, bound, port != null ? port : ServiceConfig.DEFAULT_PORT, zone, allowed);
    }

    private List<ServiceConfig.UnitConfig> units(ConfigFields top) {
        List<ServiceConfig.UnitConfig> units = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<ConfigFields> list = top.objects("units");
        for (ConfigFields unit : list) {
            if (!unit.isObject()) {
                top.adopt(unit);
                continue;
            }
            String id = unit.matching("id", UNIT_ID, "letters, digits, '-' or '_' (at most 40, for URLs)");
            if (id != null && !ids.add(id)) {
                unit.problem("id", "\"" + id + "\"", "an id no other unit has");
            }
            String port = unit.text("port", "a serial device path or tcp://host:port", true);
            if (port != null) {
                try {
                    PortAddress.parse(port);
                } catch (IllegalArgumentException e) {
                    unit.problem("port", "\"" + port + "\"", "a serial device path or tcp://host:port (" + e.getMessage() + ")");
                }
            }
            Dialect dialect = dialect(unit);
            String profile = deviceProfile(unit);
            unit.refuseOthers();
            top.adopt(unit);
            if (id != null && port != null && dialect != null && profile != null) {
                units.add(new ServiceConfig.UnitConfig(id, port, dialect, profile));
            }
        }
        return units;
    }

    private static Dialect dialect(ConfigFields unit) {
        String text = unit.text("dialect", "reference, bigsky or quantaray", true);
        if (text == null) {
            return null;
        }
        return Dialect.fromFileName(text).orElseGet(() -> {
            unit.problem("dialect", "\"" + text + "\"", "reference, bigsky or quantaray");
            return null;
        });
    }

    private String deviceProfile(ConfigFields unit) {
        String id = unit.matching("deviceProfile", PROFILE_ID, "the id of a device profile (a folder of " + profilesDir + ")");
        if (id != null && !Files.isRegularFile(profilesDir.resolve(id).resolve("device.json"))) {
            unit.problem("deviceProfile", "\"" + id + "\"", "a device profile in " + profilesDir + " ("
                    + DeviceProfileIds.list(profilesDir) + ")");
            return null;
        }
        return id;
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static ZoneId zone(ConfigFields top) {
        String text = top.text("clinicZone", "a time zone such as Europe/Berlin", false);
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            top.problem("clinicZone", "\"" + text + "\"", "a time zone such as Europe/Berlin");
            return null;
        }
    }

    /** A relative data directory is taken from the config file's folder, not from wherever serve was started. */
    private static Path resolveAgainst(Path file, String folder) {
        Path given = Path.of(folder);
        Path base = file.toAbsolutePath().getParent();
        return given.isAbsolute() || base == null ? given : base.resolve(given).normalize();
    }
}
