package org.pulseguard.service;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.pulseguard.profile.Dialect;

/**
 * What {@code pulseguard serve} runs, as its config file says (docs/serve.md): the laser units, the
 * data directory, where the HTTP service listens and the clinic's time zone. Immutable.
 *
 * @param units the units to supervise, in the file's order; empty means one embedded simulated unit
 * @param dataDirectory the data directory with the journal, or null for the command's default
 * @param bind the address the HTTP service binds to (loopback unless {@code allowNonLoopback})
 * @param port the TCP port of the HTTP service; 0 takes a free port
 * @param clinicZone the clinic's time zone for the journal, or null for the system's
 * @param allowNonLoopback true only when the file says so explicitly
 */
public record ServiceConfig(List<UnitConfig> units, Path dataDirectory, String bind, int port, ZoneId clinicZone,
                            boolean allowNonLoopback) {
    /** The address bound when nothing else is said: this machine only. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    /** The port used when nothing else is said. */
    public static final int DEFAULT_PORT = 8080;

    public ServiceConfig {
        units = List.copyOf(units);
        Objects.requireNonNull(bind, "bind");
    }

    /** The configuration without a file: one embedded simulated unit, loopback, the default port. */
    public static ServiceConfig defaults() {
        return new ServiceConfig(List.of(), null, DEFAULT_BIND, DEFAULT_PORT, null, false);
    }

    /** This configuration with {@code port} instead (the command line's {@code --port}). */
    public ServiceConfig withPort(int port) {
        return new ServiceConfig(units, dataDirectory, bind, port, clinicZone, allowNonLoopback);
    }

    /** This configuration with {@code bind} instead (the command line's {@code --bind}). */
    public ServiceConfig withBind(String bind) {
        return new ServiceConfig(units, dataDirectory, bind, port, clinicZone, allowNonLoopback);
    }

    /**
     * One laser unit of the clinic.
     *
     * @param id the unit's name in the service and its URLs (letters, digits, '-' and '_')
     * @param port a serial device path or {@code tcp://host:port}
     * @param dialect the protocol the unit speaks
     * @param deviceProfile the id of its device profile (a folder of the profiles folder)
     */
    public record UnitConfig(String id, String port, Dialect dialect, String deviceProfile) {
        public UnitConfig {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(dialect, "dialect");
            Objects.requireNonNull(deviceProfile, "deviceProfile");
        }
    }
}
