package org.pulseguard.simulator.console;

import java.util.Objects;
import org.pulseguard.simulator.control.UnitControl;
import org.pulseguard.simulator.endpoint.EndpointException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs text control lines against a {@link UnitControl} (any dialect): one line in, one line out. Answers
 * {@code ok ...}, a JSON object for {@code state}, or {@code error: ...}; never throws, so a bad
 * line can never stop a control server or console. Thread-safe.
 */
public final class ControlLineInterpreter {
    private static final Logger LOG = LoggerFactory.getLogger(ControlLineInterpreter.class);

    private final UnitControl control;
    private final ControlLineParser parser = new ControlLineParser();

    /** @param control the simulator to act on */
    public ControlLineInterpreter(UnitControl control) {
        this.control = Objects.requireNonNull(control, "control");
    }

    /** The parser, for validating lines ahead of time (scenario files). */
    public ControlLineParser parser() {
        return parser;
    }

    /** Executes {@code line}; returns the response, or an empty string for a blank or {@code #} comment line. */
    public String execute(String line) {
        if (line == null || line.isBlank() || line.trim().startsWith("#")) {
            return "";
        }
        try {
            ControlCommand command = parser.parse(line);
            return run(command);
        } catch (ControlSyntaxException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Runs an already parsed command; never throws. */
    public String run(ControlCommand command) {
        try {
            String response = command.action().run(control);
            LOG.info("simulator control: {} -> {}", command.text(), response.startsWith("{") ? "state" : response);
            return response;
        } catch (EndpointException | RuntimeException e) {
            LOG.warn("simulator control '{}' failed", command.text(), e);
            return "error: " + command.text() + " failed: " + e.getMessage();
        }
    }
}
