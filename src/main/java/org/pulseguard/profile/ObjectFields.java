package org.pulseguard.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the fields of one JSON object of a profile file, strictly: a missing field, a value of the
 * wrong type (a string such as "400 mJ" where a number is due: the unit is in the field name) and,
 * at {@link #finish()}, every field that was not asked for are logged with their path. Nothing is
 * defaulted. Not thread-safe; one per object.
 */
final class ObjectFields {
    /** A {@code source} starting with this marks numbers the medical director or LSO must confirm. */
    static final String PLACEHOLDER = "placeholder";

    private final JsonNode node;
    private final String path;
    private final ReadLog log;
    private final Set<String> asked = new LinkedHashSet<>();

    private ObjectFields(JsonNode node, String path, ReadLog log) {
        this.node = node;
        this.path = path;
        this.log = log;
    }

    /** The root object of a file, or empty (logged) when the file holds something else. */
    static Optional<ObjectFields> root(JsonNode node, ReadLog log) {
        return objectAt(node, "", log);
    }

    private static Optional<ObjectFields> objectAt(JsonNode node, String path, ReadLog log) {
        if (node == null || !node.isObject()) {
            log.issue(path.isEmpty() ? FieldIssue.WHOLE_FILE : path, "must be a JSON object, not " + kind(node));
            return Optional.empty();
        }
        return Optional.of(new ObjectFields(node, path, log));
    }

    String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void issue(String field, String reason) {
        log.issue(pathOf(field), reason);
    }

    /** Builds a value from fields already read; a rule it breaks is logged at {@code field}. */
    <T> Optional<T> build(String field, Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException e) {
            issue(field, e.getMessage());
            return Optional.empty();
        }
    }

    boolean has(String field) {
        asked.add(field);
        return node.has(field);
    }

    Optional<String> text(String field) {
        return present(field).flatMap(v -> {
            if (!v.isTextual() || v.asText().isBlank()) {
                issue(field, "must be a non-blank string, not " + kind(v));
                return Optional.empty();
            }
            return Optional.of(v.asText());
        });
    }

    /** A number whose unit is named by the field (for example {@code maxMillijoules}). */
    Optional<BigDecimal> number(String field) {
        return present(field).flatMap(v -> {
            if (!v.isNumber()) {
                issue(field, "must be a number (its unit is in the field name), not " + kind(v));
                return Optional.empty();
            }
            return Optional.of(v.decimalValue());
        });
    }

    /** A whole number, within int range. */
    Optional<Integer> integer(String field) {
        return number(field).flatMap(n -> {
            try {
                return Optional.of(n.intValueExact());
            } catch (ArithmeticException e) {
                issue(field, "must be a whole number, not " + n.toPlainString());
                return Optional.empty();
            }
        });
    }

    Optional<Boolean> bool(String field) {
        return present(field).flatMap(v -> {
            if (!v.isBoolean()) {
                issue(field, "must be true or false, not " + kind(v));
                return Optional.empty();
            }
            return Optional.of(v.booleanValue());
        });
    }

    Optional<ObjectFields> object(String field) {
        return present(field).flatMap(v -> objectAt(v, pathOf(field), log));
    }

    /** The elements of an array field; logs and returns empty when the field is missing or not an array. */
    Optional<List<JsonNode>> array(String field) {
        return present(field).flatMap(v -> {
            if (!v.isArray()) {
                issue(field, "must be a JSON array, not " + kind(v));
                return Optional.empty();
            }
            List<JsonNode> items = new ArrayList<>();
            v.forEach(items::add);
            return Optional.of(items);
        });
    }

    /**
     * The objects of an array field, each at its indexed path; non-objects are logged and skipped.
     * Empty (logged) when the field is missing or not an array.
     */
    Optional<List<ObjectFields>> objects(String field) {
        return array(field).map(items -> {
            List<ObjectFields> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                objectAt(items.get(i), pathOf(field) + "[" + i + "]", log).ifPresent(out::add);
            }
            return out;
        });
    }

    /** The field names of this object, all counted as asked for (for maps keyed by name). */
    List<String> names() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        asked.addAll(names);
        return names;
    }

    /** The required {@code source} of this block; a placeholder is noted for the check's warnings. */
    void source() {
        text("source").ifPresent(s -> {
            if (s.trim().toLowerCase(Locale.ROOT).startsWith(PLACEHOLDER)) {
                log.note(pathOf("source"), s.trim());
            }
        });
    }

    /** Logs every field of the object that was not asked for. */
    void finish() {
        node.fieldNames().forEachRemaining(name -> {
            if (!asked.contains(name)) {
                issue(name, "unknown field (expected " + String.join(", ", asked) + ")");
            }
        });
    }

    private Optional<JsonNode> present(String field) {
        asked.add(field);
        JsonNode v = node.get(field);
        if (v == null) {
            issue(field, "missing");
            return Optional.empty();
        }
        return Optional.of(v);
    }

    private static String kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            return "the string \"" + v.asText() + "\"";
        }
        if (v.isContainerNode()) {
            return v.isArray() ? "an array" : "an object";
        }
        return v.toString();
    }
}
