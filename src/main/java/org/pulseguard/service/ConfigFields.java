package org.pulseguard.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of one JSON object of a config file, read strictly: each problem (missing, wrong type,
 * out of range, unknown field) becomes one line naming the file, the field's path, the value and what
 * is expected. Not thread-safe; one per object.
 */
final class ConfigFields {
    private final String file;
    private final String path;
    private final JsonNode node;
    private final Set<String> asked = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    ConfigFields(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (node == null || !node.isObject()) {
            problems.add(file + ": " + (path.isEmpty() ? "the whole file" : path) + ": " + shown(node) + "; expected a JSON object");
        }
    }

    boolean isObject() {
        return node != null && node.isObject();
    }

    /** A string field; null (and a problem if {@code required}) when absent or not a string. */
    String text(String field, String expected, boolean required) {
        JsonNode value = field(field);
        if (value == null) {
            if (required) {
                problem(field, "missing", expected);
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(field, shown(value), expected);
            return null;
        }
        return value.asText();
    }

    /** A required string field matching {@code pattern}. */
    String matching(String field, Pattern pattern, String expected) {
        String text = text(field, expected, true);
        if (text != null && !pattern.matcher(text).matches()) {
            problem(field, shown(node.get(field)), expected);
            return null;
        }
        return text;
    }

    /** An optional whole number in {@code min..max}. */
    Integer wholeNumber(String field, int min, int max) {
        JsonNode value = field(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            problem(field, shown(value), "a whole number " + min + ".." + max);
            return null;
        }
        return value.asInt();
    }

    /** An optional true/false. */
    Boolean flag(String field) {
        JsonNode value = field(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problem(field, shown(value), "true or false");
            return null;
        }
        return value.asBoolean();
    }

    /** An optional array of objects, one reader per element. */
    List<ConfigFields> objects(String field) {
        JsonNode value = field(field);
        List<ConfigFields> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (!value.isArray()) {
            problem(field, shown(value), "a list of units [{...}, ...]");
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            items.add(new ConfigFields(file, pathOf(field) + "[" + i + "]", value.get(i)));
        }
        return items;
    }

    /** Records that {@code field}'s value is not what is expected. */
    void problem(String field, String value, String expected) {
        problems.add(file + ": " + pathOf(field) + ": " + value + "; expected " + expected);
    }

    /** Refuses every field nobody asked for (a misspelt field must not be silently ignored). */
    void refuseOthers() {
        if (!isObject()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!asked.contains(name)) {
                problems.add(file + ": " + pathOf(name) + ": unknown field; expected one of " + String.join(", ", asked));
            }
        }
    }

    /** Takes over a nested object's problems. */
    void adopt(ConfigFields nested) {
        problems.addAll(nested.problems);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private JsonNode field(String field) {
        asked.add(field);
        if (!isObject()) {
            return null;
        }
        return node.get(field);
    }

    private String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "missing";
        }
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
