package org.pulseguard.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pulseguard.service.BindAddress;
import org.pulseguard.service.ServiceConfig;
import org.pulseguard.service.ServiceConfigException;
import org.pulseguard.service.ServiceConfigReader;
import org.pulseguard.transport.Transports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pulseguard serve}: the long-running chair-side service. Without {@code --config} it runs
 * one embedded simulated reference laser; with one, the units the file names (docs/serve.md).
 * Prints its URL when ready; SIGTERM (or Ctrl-C) is the clean shutdown: every unit to STANDBY, open
 * sessions closed in the journal, the journal sealed, exit 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the chair-side service: the supervised units and the HTTP API under /api/.",
                "Binds 127.0.0.1 unless the config file allows more. SIGTERM stops it cleanly (exit 0)."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (JSON, or YAML if .yaml/.yml; docs/serve.md). Default: one embedded simulated unit.")
    Path config;

    @Mixin
    DataDirectory data;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (0: a free one). Default: the config's, else 8080.")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDR", description = "Address to listen on. Default: the config's, else 127.0.0.1.")
    String bind;

    @Option(names = "--profiles", defaultValue = "device-profiles", description = "Profile folder (default ${DEFAULT-VALUE}).")
    Path profiles;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        ServiceConfig settings = settings();
        Path dataDir = data.data == null && settings.dataDirectory() != null ? announced(settings.dataDirectory()) : data.resolve();
        ZoneId zone = settings.clinicZone() != null ? settings.clinicZone() : ZoneId.systemDefault();
        ServeShutdown shutdown = new ServeShutdown(out);
        Transports.atShutdownBeforePortsClose(new Thread(shutdown, "pulseguard-serve-shutdown"));
        ServeRun run;
        try {
            run = ServeRun.start(settings, dataDir, zone, profiles, out);
        } catch (Exception | Error e) {
            shutdown.startFailed();
            throw e;
        }
        shutdown.started(run);
        out.println("pulseguard serve ready at " + run.url() + " (API under " + run.url().resolve("api/") + ")");
        out.flush();
        // Until SIGTERM or Ctrl-C: the shutdown step stops the service and ends the JVM.
        new CountDownLatch(1).await();
        return 0;
    }

    /** The config file's settings (or the defaults) with the command line's --port and --bind over them. */
    private ServiceConfig settings() throws CliFailure {
        ServiceConfig settings;
        try {
            settings = config == null ? ServiceConfig.defaults() : new ServiceConfigReader(profiles).read(config);
        } catch (ServiceConfigException e) {
            throw CliFailure.badInput("config", e.getMessage());
        }
        if (port != null) {
            if (port < 0 || port > 65_535) {
                throw CliFailure.badInput("port", "--port " + port + ": expected 0..65535 (0 takes a free port)");
            }
            settings = settings.withPort(port);
        }
        if (bind != null) {
            try {
                BindAddress.check(bind, settings.allowNonLoopback(), "--bind");
            } catch (IllegalArgumentException e) {
                throw CliFailure.badInput("bind", e.getMessage());
            }
            settings = settings.withBind(bind);
        }
        return settings;
    }

    private Path announced(Path dir) {
        data.spec.commandLine().getErr().println("data directory: " + dir.toAbsolutePath() + " (from " + config + ")");
        data.spec.commandLine().getErr().flush();
        return dir;
    }
}
