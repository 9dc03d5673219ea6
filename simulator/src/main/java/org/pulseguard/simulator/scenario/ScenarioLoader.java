package org.pulseguard.simulator.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.pulseguard.simulator.console.ControlLineParser;
import org.pulseguard.simulator.console.ControlSyntaxException;

/**
 * Reads scenario files: a JSON array of {@code {"atMillis": N, "command": "<control line>"}}, times
 * in non-decreasing order. Every command is parsed up front, so a typo fails at load time, not
 * in the middle of a run. Errors name the file, the step index and the reason. Thread-safe.
 */
public final class ScenarioLoader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ControlLineParser parser;

    /** @param parser checks each command */
    public ScenarioLoader(ControlLineParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** Loads and checks {@code file}. */
    public Scenario load(Path file) throws ScenarioException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    /** Parses scenario JSON {@code text} named {@code name} (for messages). */
    public Scenario parse(String name, String text) throws ScenarioException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(name + ": not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
        if (root == null || !root.isArray()) {
            throw new ScenarioException(name + ": expected a JSON array of {\"atMillis\": N, \"command\": \"...\"}");
        }
        List<ScenarioStep> steps = new ArrayList<>();
        long previous = 0;
        for (int index = 0; index < root.size(); index++) {
            ScenarioStep step = step(name, index, root.get(index));
            if (step.atMillis() < previous) {
                throw new ScenarioException(name + ": step " + index + ": atMillis " + step.atMillis()
                        + " is earlier than the previous step's " + previous);
            }
            previous = step.atMillis();
            steps.add(step);
        }
        return new Scenario(name, steps);
    }

    private ScenarioStep step(String name, int index, JsonNode node) throws ScenarioException {
        String where = name + ": step " + index + ": ";
        if (!node.isObject()) {
            throw new ScenarioException(where + "expected an object, got " + node.getNodeType());
        }
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!field.equals("atMillis") && !field.equals("command")) {
                throw new ScenarioException(where + "unknown field '" + field + "' (only atMillis and command)");
            }
        }
        JsonNode at = node.get("atMillis");
        if (at == null || !at.canConvertToExactIntegral() || at.asLong() < 0) {
            throw new ScenarioException(where + "atMillis must be a whole number >= 0");
        }
        JsonNode command = node.get("command");
        if (command == null || !command.isTextual() || command.asText().isBlank()) {
            throw new ScenarioException(where + "command must be a non-empty string");
        }
        try {
            parser.parse(command.asText());
        } catch (ControlSyntaxException e) {
            throw new ScenarioException(where + "command '" + command.asText() + "': " + e.getMessage());
        }
        return new ScenarioStep(at.asLong(), command.asText());
    }
}
