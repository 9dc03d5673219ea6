package org.pulseguard.cli;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.DeviceStatus;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.transport.PortAddress;
import org.pulseguard.transport.SerialSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pulseguard probe}: connects to one laser unit, identifies it and prints its state,
 * setpoint and counters, then disconnects. Changes nothing on the unit. Failures are reported by
 * {@link FailureHandler} (with {@code --json}, as an error object).
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Connect to a laser unit, identify it and print state, setpoint and counters.")
final class ProbeCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    @Option(names = "--port", required = true, paramLabel = "PATH|tcp://HOST:PORT", converter = CliConverters.Port.class,
            description = "Serial port, pty link or TCP address.")
    PortAddress port;

    @Option(names = "--dialect", defaultValue = "reference", description = "Protocol dialect: ${COMPLETION-CANDIDATES}.")
    CliDialect dialect;

    @Option(names = "--line", paramLabel = "SETTINGS", converter = CliConverters.Line.class,
            description = "Line settings such as '9600 8N2' (default: the dialect's).")
    SerialSettings line;

    @Option(names = "--json", description = "Print one JSON object (an error object when the probe fails).")
    boolean json;

    @Option(names = "--device", paramLabel = "ID", description = "Device profile folder (default: the dialect's shipped unit).")
    String deviceId;

    @Option(names = "--profiles", paramLabel = "DIR", description = "Profiles folder (default: ${DEFAULT-VALUE}).")
    Path profiles;

    @Override
    public Integer call() throws Exception {
        String id = deviceId == null ? LaserConnections.defaultDeviceId(dialect.name()) : deviceId;
        DeviceProfile profile;
        try {
            profile = LaserConnections.load(profiles, id).device();
        } catch (IllegalArgumentException e) {
            throw CliFailure.badInput("bad-device-profile", "--device " + id + ": " + e.getMessage());
        }
        if (!profile.dialect().fileName().equals(dialect.name())) {
            throw CliFailure.badInput("dialect-mismatch", "--device " + id + ": " + profile.label() + " speaks "
                    + profile.dialect().fileName() + ", not " + dialect + " (give --dialect " + profile.dialect().fileName() + ")");
        }
        SerialSettings settings = line == null ? profile.serial() : line;
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pulseguard-probe-scheduler");
            t.setDaemon(true);
            return t;
        });
        try (LaserDevice device = LaserConnections.driver(profile, port.toString(), settings, scheduler, Clock.systemUTC())) {
            device.connect();
            DeviceIdentity identity = device.identity().orElseThrow();
            DeviceStatus status = device.status();
            print(ProbeReport.of(port.toString(), dialect.name(), profile.label(), settings.toString(), identity,
                    status, device.counters()), status.setpoint().toString());
            return ExitStatus.OK.code();
        } finally {
            scheduler.shutdownNow();
        }
    }

    /** The dialects other than the one asked for, as {@code --dialect} suggestions. */
    String otherDialects() {
        return Arrays.stream(CliDialect.values()).filter(d -> d != dialect).map(d -> "--dialect " + d)
                .collect(Collectors.joining(" or "));
    }

    private void print(ProbeReport report, String setpointText) throws Exception {
        if (json) {
            System.out.println(JSON.writeValueAsString(report));
            return;
        }
        System.out.println("unit      " + report.model() + " serial " + report.serial() + " firmware " + report.firmware());
        System.out.println("link      " + port + " (" + dialect + ", " + report.line() + ")");
        System.out.println("state     " + report.state() + (report.fault().equals("NONE") ? "" : ", fault " + report.fault()));
        System.out.println("interlock " + (report.openInterlocks().isEmpty() ? "all closed" : "open: " + report.openInterlocks()));
        System.out.println("footswitch " + (report.footswitchPressed() ? "pressed" : "released"));
        System.out.println("setpoint  " + setpointText);
        System.out.println("counters  lifetime " + report.counters().lifetimePulses() + ", user " + report.counters().userPulses());
        System.out.println("watchdog  " + report.watchdogPeriodMillis() + " ms, emission delay "
                + report.emissionDelayMillis() + " ms");
    }
}
