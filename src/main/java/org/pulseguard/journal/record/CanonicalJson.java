package org.pulseguard.journal.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The journal's canonical JSON form: the exact bytes that are hashed into the Merkle tree, so
 * that any verifier, in any language, re-derives the same leaf from the same record. A subset of
 * RFC 8785 (JSON Canonicalization Scheme) chosen so that it needs no floating-point formatting:
 * <ul>
 *   <li>UTF-8, no byte-order mark, no white space outside strings;</li>
 *   <li>object members sorted by key, compared as UTF-16 code units (RFC 8785 section 3.2.3);
 *       duplicate keys are refused;</li>
 *   <li>numbers are integers only, in plain decimal without sign for zero, exponent or leading
 *       zeros (quantities travel in integer micro-units: microjoules, micrometres, millihertz);</li>
 *   <li>strings escape only {@code "}, {@code \} and control characters below U+0020, as
 *       {@code \b \t \n \f \r} or {@code \}{@code u00xx} with lower-case hex (RFC 8785 section 3.2.2.2);</li>
 *   <li>{@code true}, {@code false}, {@code null} as such.</li>
 * </ul>
 * docs/journal.md states the same rules for independent verifiers. Stateless and thread-safe.
 */
public final class CanonicalJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private CanonicalJson() {
    }

    /** The canonical bytes of a JSON tree; refuses non-integer numbers. */
    public static byte[] bytes(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Parses bytes that claim to be canonical and checks that they are: the result re-encodes to
     * exactly the same bytes. Throws {@link NotCanonicalException} naming what is wrong.
     */
    public static JsonNode parseCanonical(byte[] bytes) {
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new NotCanonicalException("not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new NotCanonicalException("not readable: " + e.getMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw new NotCanonicalException("empty");
        }
        byte[] again;
        try {
            again = bytes(node);
        } catch (IllegalArgumentException e) {
            throw new NotCanonicalException(e.getMessage());
        }
        if (!java.util.Arrays.equals(again, bytes)) {
            throw new NotCanonicalException("valid JSON but not in canonical form (order, spacing or escaping differ)");
        }
        return node;
    }

    private static void write(JsonNode node, StringBuilder out) {
        JsonNodeType type = node.getNodeType();
        switch (type) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> {
                if (!node.isIntegralNumber()) {
                    throw new IllegalArgumentException("canonical journal JSON holds integers only, got " + node);
                }
                out.append(node.bigIntegerValue().toString());
            }
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("no canonical form for JSON node type " + type);
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        it.forEachRemaining(members::add);
        // String.compareTo compares UTF-16 code units, as RFC 8785 asks.
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(members.get(i).getKey(), out);
            out.append(':');
            write(members.get(i).getValue(), out);
        }
        out.append('}');
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("a string holds a lone UTF-16 surrogate at index " + i);
                    } else if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
