package org.pulseguard.cli;

import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.simulator.SimulatedUnit;
import org.pulseguard.simulator.SimulatedUnits;
import org.pulseguard.simulator.console.ControlLineParser;
import org.pulseguard.simulator.console.ControlServer;
import org.pulseguard.simulator.console.LineSession;
import org.pulseguard.simulator.control.SimulatorObserver;
import org.pulseguard.simulator.endpoint.DeviceEndpoint;
import org.pulseguard.simulator.endpoint.PtyEndpoint;
import org.pulseguard.simulator.endpoint.SerialEndpoint;
import org.pulseguard.simulator.endpoint.TcpEndpoint;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.model.NanoClock;
import org.pulseguard.simulator.scenario.Scenario;
import org.pulseguard.simulator.scenario.ScenarioLoader;
import org.pulseguard.simulator.scenario.ScenarioRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pulseguard sim}: runs a simulated laser unit for a person until Ctrl-C, printing what it
 * receives and does, and taking control lines on stdin ({@code help} lists them).
 */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = {"Run a simulated laser on a pseudo-terminal, a TCP port or a serial port until Ctrl-C,",
                "'quit' on standard input, or the end of standard input.",
                "A pty PATH is locked while the simulator runs: a second simulator on the same PATH is refused;",
                "a link left by a simulator that was killed is replaced, with a note."})
final class SimCommand implements Callable<Integer> {

    static final class Where {
        @Option(names = "--pty", paramLabel = "PATH", description = "Create a pseudo-terminal and a link to it at PATH (e.g. ./laser0).")
        Path pty;
        @Option(names = "--tcp", paramLabel = "PORT", converter = CliConverters.ListenPort.class,
                description = "Listen on 127.0.0.1:PORT (0..65535; 0 = any free port).")
        Integer tcp;
        @Option(names = "--serial", paramLabel = "DEVICE", description = "Serve on a real serial port (e.g. /dev/ttyUSB1).")
        String serial;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;

    @Option(names = "--dialect", defaultValue = "reference", description = "Protocol dialect: ${COMPLETION-CANDIDATES}.")
    CliDialect dialect;

    @Option(names = "--control-port", paramLabel = "PORT", converter = CliConverters.ListenPort.class, description = "Also take control lines on 127.0.0.1:PORT (0 = any free port).")
    Integer controlPort;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Run a scenario file (simulator/scenarios/*.json).")
    Path scenario;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for energy noise and link faults (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warm-up", paramLabel = "DURATION", description = "Warm-up time, ISO-8601 such as PT3S (default: the dialect's).")
    Duration warmUp;

    @Option(names = "--no-pacing", description = "Do not pace output at the baud rate (a pty would deliver it instantly).")
    boolean noPacing;

    @Option(names = "--quiet", description = "Do not print each frame.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        org.pulseguard.simulator.threads.SimulatorThreads.endProcessOnThreadDeath(System.err);
        PrintStream out = System.out;
        SimulatedUnits.Options options = SimulatedUnits.Options.defaults().withSeed(seed).withPacing(!noPacing);
        if (warmUp != null) {
            options = options.withWarmUp(warmUp);
        }
        try (SimulatedUnit simulator = SimulatedUnits.create(dialect.name(), options)) {
            Scenario loaded = scenario == null ? null : new ScenarioLoader(new ControlLineParser()).load(scenario);
            if (!quiet) {
                simulator.addObserver(new Printer(out));
            }
            DeviceEndpoint endpoint = endpoint();
            simulator.start(endpoint);
            Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "pulseguard-sim-shutdown"));
            if (endpoint instanceof PtyEndpoint pty && pty.staleLinkReplaced().isPresent()) {
                out.println("note: replaced the stale link " + pty.link() + " -> " + pty.staleLinkReplaced().get()
                        + " left by a simulator that is no longer running");
            }
            out.println("simulated " + dialect + " unit on " + simulator.endpoint().describe() + " (" + simulator.lineSettings()
                    + "); type 'help' for control lines, 'quit' or Ctrl-C to stop");
            if (controlPort != null) {
                out.println("control lines also on 127.0.0.1:" + controlServer(simulator).port());
            }
            if (loaded != null) {
                new ScenarioRunner(simulator.interpreter(), NanoClock.system())
                        .start(loaded, step -> out.println("scenario: " + step.step() + " -> " + step.response()));
            }
            new LineSession(simulator.interpreter(), new InputStreamReader(System.in, StandardCharsets.UTF_8),
                    new OutputStreamWriter(out, StandardCharsets.UTF_8)).run();
            out.println("simulator stopped");
            return ExitStatus.OK.code();
        }
    }

    private ControlServer controlServer(SimulatedUnit simulator) throws CliFailure {
        try {
            return simulator.startControlServer(controlPort);
        } catch (java.net.BindException e) {
            throw CliFailure.failure("in-use", "--control-port " + controlPort + ": 127.0.0.1:" + controlPort + " is in use");
        } catch (java.io.IOException e) {
            throw CliFailure.failure("control-port-failed", "--control-port " + controlPort + ": cannot listen: " + e.getMessage());
        }
    }

    private DeviceEndpoint endpoint() {
        if (where.pty != null) {
            return new PtyEndpoint(where.pty);
        }
        if (where.tcp != null) {
            return TcpEndpoint.loopback(where.tcp);
        }
        return new SerialEndpoint(where.serial, SimulatedUnits.defaultLineSettings(dialect.name()));
    }

    /** Prints each frame the simulator receives and sends, one line each. */
    private static final class Printer implements SimulatorObserver {
        private final PrintStream out;

        Printer(PrintStream out) {
            this.out = out;
        }

        @Override
        public void requestReceived(int sequence, Request request, boolean duplicate) {
            out.println("<- #" + sequence + " " + request.type() + (duplicate ? " (duplicate: answered from cache)" : "")
                    + (request.fields().isEmpty() ? "" : " " + request.fields()));
        }

        @Override
        public void replySent(int sequence, Reply reply) {
            out.println("-> #" + sequence + " " + reply.type() + (reply.fields().isEmpty() ? "" : " " + reply.fields()));
        }

        @Override
        public void eventSent(int sequence, Event event) {
            out.println("-> event #" + sequence + " " + event.type() + " " + event.fields());
        }

        @Override
        public void lineReceived(String line) {
            out.println("<- " + line);
        }

        @Override
        public void lineReplySent(String reply) {
            out.println("-> " + reply);
        }

        @Override
        public void nakReceived(int sequence) {
            out.println("<- NAK #" + sequence);
        }

        @Override
        public void frameRejected(String reason) {
            out.println("<- rejected frame: " + reason);
        }

        @Override
        public void linkChanged(String description) {
            out.println("link: " + description);
        }

        @Override
        public void faultExercised(FaultKind kind, String detail) {
            out.println("fault " + kind + ": " + detail);
        }
    }
}
