package org.pulseguard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.DeviceStatus;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.transport.SerialSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.pulseguard.profile.DeviceProfile;
import java.nio.file.Path;

/**
 * {@code pulseguard probe}: connects to one laser unit, identifies it and prints its state,
 * setpoint and counters, then disconnects. Changes nothing on the unit.
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Connect to a laser unit, identify it and print state, setpoint and counters.")
final class ProbeCommand implements Callable<Integer> {

    @Option(names = "--port", required = true, paramLabel = "PATH|tcp://HOST:PORT", description = "Serial port, pty link or TCP address.")
    String port;

    @Option(names = "--dialect", defaultValue = "reference", description = "Protocol dialect: ${COMPLETION-CANDIDATES}.")
    CliDialect dialect;

    @Option(names = "--line", paramLabel = "SETTINGS", description = "Line settings such as '9600 8N2' (default: the dialect's).")
    String line;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--device", paramLabel = "ID", description = "Device profile folder (default: the dialect's shipped unit).")
    String deviceId;

    @Option(names = "--profiles", defaultValue = "device-profiles", description = "Profile folder (default ${DEFAULT-VALUE}).")
    Path profiles;

    @Override
    public Integer call() throws Exception {
        DeviceProfile profile =
                LaserConnections.load(profiles, deviceId == null ? LaserConnections.defaultDeviceId(dialect.name()) : deviceId).device();
        if (!profile.dialect().fileName().equals(dialect.name())) {
            System.err.println("device profile " + profile.label() + " speaks " + profile.dialect().fileName() + ", not " + dialect);
            return 2;
        }
        SerialSettings settings = line == null ? profile.serial() : SerialSettings.parse(line);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pulseguard-probe-scheduler");
            t.setDaemon(true);
            return t;
        });
        try (LaserDevice device = LaserConnections.driver(profile, port, settings, scheduler, Clock.systemUTC())) {
            device.connect();
            DeviceIdentity identity = device.identity().orElseThrow();
            DeviceStatus status = device.status();
            PulseCounters counters = device.counters();
            print(profile, identity, status, counters, settings);
            return 0;
        } catch (DeviceException e) {
            System.err.println("probe " + port + " failed: " + e.reason() + ": " + e.getMessage());
            return 1;
        } finally {
            scheduler.shutdownNow();
        }
    }

    private void print(DeviceProfile profile, DeviceIdentity identity, DeviceStatus status,
                       PulseCounters counters, SerialSettings settings)
            throws Exception {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("port", port);
            out.put("dialect", dialect.name());
            out.put("deviceProfile", profile.label());
            out.put("line", settings.toString());
            out.put("model", identity.model());
            out.put("serial", identity.serial());
            out.put("firmware", identity.firmware());
            out.put("watchdogPeriodMillis", identity.watchdogPeriod().toMillis());
            out.put("emissionDelayMillis", identity.emissionDelay().toMillis());
            out.put("state", status.state().name());
            out.put("openInterlocks", status.openInterlocks().stream().map(Enum::name).toList());
            out.put("fault", status.fault().name());
            out.put("footswitchPressed", status.footswitchPressed());
            Map<String, Object> setpoint = new LinkedHashMap<>();
            setpoint.put("energyMillijoules", status.setpoint().energy().millijoules());
            setpoint.put("spotMillimetres", status.setpoint().spot().millimetres());
            setpoint.put("rateHertz", status.setpoint().rate().hertz());
            setpoint.put("wavelengthNanometres", status.setpoint().wavelength().nanometres());
            out.put("setpoint", setpoint);
            out.put("counters", Map.of("lifetimePulses", counters.lifetimePulses(), "userPulses", counters.userPulses()));
            System.out.println(new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
            return;
        }
        System.out.println("unit      " + identity.model() + " serial " + identity.serial() + " firmware " + identity.firmware());
        System.out.println("link      " + port + " (" + dialect + ", " + settings + ")");
        System.out.println("state     " + status.state() + (status.fault().name().equals("NONE") ? "" : ", fault " + status.fault()));
        System.out.println("interlock " + (status.openInterlocks().isEmpty() ? "all closed" : "open: " + status.openInterlocks()));
        System.out.println("footswitch " + (status.footswitchPressed() ? "pressed" : "released"));
        System.out.println("setpoint  " + status.setpoint());
        System.out.println("counters  lifetime " + counters.lifetimePulses() + ", user " + counters.userPulses());
        System.out.println("watchdog  " + identity.watchdogPeriod().toMillis() + " ms, emission delay "
                + identity.emissionDelay().toMillis() + " ms");
    }
}
