package org.pulseguard.journal.record;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks, in one pass over the bytes and without building a tree, that stored record bytes are in
 * the journal's canonical form ({@link CanonicalJson}), and hands back the record's top-level
 * scalar fields that the verifier needs (index, kind, time, session, client, unit). It accepts
 * exactly what {@link CanonicalJson#parseCanonical} accepts (a differential test holds them
 * together) at a fraction of the cost: {@code audit verify} reads every record of a journal.
 *
 * <p>The rules: UTF-8 (no overlong forms, no surrogates), no white space, object keys strictly
 * increasing in UTF-16 code-unit order (so no duplicates), integers only without leading zeros or
 * "-0", strings with exactly the escapes of {@link CanonicalJson}. Stateless and thread-safe.
 */
public final class CanonicalScan {
    private static final String[] TOP_LEVEL_NAMES = {RecordFields.INDEX, RecordFields.KIND, RecordFields.TIME,
            RecordFields.SESSION, RecordFields.CLIENT, RecordFields.UNIT};
    private static final Set<String> TOP_LEVEL = Set.of(TOP_LEVEL_NAMES);
    private static final byte[][] TOP_LEVEL_BYTES = Arrays.stream(TOP_LEVEL_NAMES)
            .map(n -> n.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

    private final byte[] b;
    private int pos;
    private final Map<String, Object> fields = new HashMap<>();

    private CanonicalScan(byte[] bytes) {
        this.b = bytes;
    }

    /**
     * The top-level scalar fields the verifier reads (strings as {@link String}, integers as
     * {@link Long}, null as absent), once the whole record has been checked; throws
     * {@link NotCanonicalException} naming the offset and what is wrong.
     */
    public static Map<String, Object> check(byte[] bytes) {
        CanonicalScan scan = new CanonicalScan(bytes);
        if (bytes.length == 0) {
            throw new NotCanonicalException("empty");
        }
        scan.value(0, null);
        if (scan.pos != bytes.length) {
            throw scan.fail("data after the end of the record");
        }
        return scan.fields;
    }

    private void value(int depth, String topLevelKey) {
        if (pos >= b.length) {
            throw fail("record ends inside a value");
        }
        switch (b[pos]) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> {
                String s = string();
                if (topLevelKey != null) {
                    fields.put(topLevelKey, s);
                }
            }
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                long n = number();
                if (topLevelKey != null) {
                    fields.put(topLevelKey, n);
                }
            }
        }
    }

    private void object(int depth) {
        pos++;
        if (peek() == '}') {
            pos++;
            return;
        }
        int previousFrom = -1;
        int previousTo = -1;
        String previous = null;
        while (true) {
            if (peek() != '"') {
                throw fail("an object key must be a string");
            }
            // A plain ASCII key is compared and matched as bytes (ASCII byte order is UTF-16 order), without a String.
            int from = pos + 1;
            int to = plainStringEnd(from);
            String key = null;
            if (to >= 0) {
                pos = to + 1;
            } else {
                key = string();
            }
            if (previousFrom >= 0 || previous != null) {
                int order = to >= 0 && previousFrom >= 0 ? Arrays.compare(b, previousFrom, previousTo, b, from, to)
                        : text(previous, previousFrom, previousTo).compareTo(text(key, from, to));
                if (order >= 0) {
                    String p = text(previous, previousFrom, previousTo);
                    String k = text(key, from, to);
                    throw fail(order == 0 ? "duplicate key '" + k + "'" : "keys not in canonical order ('" + p + "' before '" + k + "')");
                }
            }
            previous = key;
            previousFrom = to >= 0 ? from : -1;
            previousTo = to;
            expect(':');
            String topLevelKey = null;
            if (depth == 0) {
                topLevelKey = to >= 0 ? topLevelName(from, to) : TOP_LEVEL.contains(key) ? key : null;
            }
            value(depth + 1, topLevelKey);
            byte c = next();
            if (c == '}') {
                return;
            }
            if (c != ',') {
                throw fail("expected ',' or '}'");
            }
        }
    }

    /** The index of the closing quote of a string starting at {@code from} if it is plain printable ASCII without escapes, else -1. */
    private int plainStringEnd(int from) {
        for (int i = from; i < b.length; i++) {
            byte c = b[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c < 0x20) {
                return -1;
            }
        }
        return -1;
    }

    /** {@code decoded} if there is one, else the plain key at {@code b[from, to)}. */
    private String text(String decoded, int from, int to) {
        return decoded != null ? decoded : new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** The top-level field name spelled by {@code b[from, to)}, if the verifier reads that field, else null. */
    private String topLevelName(int from, int to) {
        for (int i = 0; i < TOP_LEVEL_NAMES.length; i++) {
            if (Arrays.equals(b, from, to, TOP_LEVEL_BYTES[i], 0, TOP_LEVEL_BYTES[i].length)) {
                return TOP_LEVEL_NAMES[i];
            }
        }
        return null;
    }

    private void array(int depth) {
        pos++;
        if (peek() == ']') {
            pos++;
            return;
        }
        while (true) {
            value(depth + 1, null);
            byte c = next();
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw fail("expected ',' or ']'");
            }
        }
    }

    private String string() {
        pos++;
        // Most strings are plain ASCII without escapes: read them in one step.
        for (int i = pos; i < b.length; i++) {
            byte c = b[i];
            if (c == '"') {
                String plain = new String(b, pos, i - pos, StandardCharsets.ISO_8859_1);
                pos = i + 1;
                return plain;
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        while (true) {
            int c = next() & 0xff;
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                escape(out);
            } else if (c < 0x20) {
                throw fail("a raw control character in a string");
            } else if (c < 0x80) {
                out.append((char) c);
            } else {
                out.appendCodePoint(multiByte(c));
            }
        }
    }

    private void escape(StringBuilder out) {
        byte e = next();
        switch (e) {
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'b' -> out.append('\b');
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'f' -> out.append('\f');
            case 'r' -> out.append('\r');
            case 'u' -> {
                int v = 0;
                for (int i = 0; i < 4; i++) {
                    byte h = next();
                    int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : -1;
                    if (d < 0) {
                        throw fail("a \\u escape needs four lower-case hex digits");
                    }
                    v = v * 16 + d;
                }
                if (v >= 0x20 || v == '\b' || v == '\t' || v == '\n' || v == '\f' || v == '\r') {
                    throw fail("\\u escape of a character that canonical form writes otherwise");
                }
                out.append((char) v);
            }
            default -> throw fail("an escape canonical form does not use");
        }
    }

    /** Decodes one UTF-8 sequence whose lead byte is {@code lead} (>= 0x80); refuses overlong forms and surrogates. */
    private int multiByte(int lead) {
        int length;
        int cp;
        int min;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 1;
            cp = lead & 0x1f;
            min = 0x80;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 2;
            cp = lead & 0x0f;
            min = 0x800;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 3;
            cp = lead & 0x07;
            min = 0x10000;
        } else {
            throw fail("not UTF-8");
        }
        for (int i = 0; i < length; i++) {
            int c = next() & 0xff;
            if ((c & 0xc0) != 0x80) {
                throw fail("not UTF-8");
            }
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            throw fail("not UTF-8");
        }
        return cp;
    }

    private long number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (pos >= b.length || b[pos] < '0' || b[pos] > '9') {
            throw fail("not a JSON value");
        }
        if (b[pos] == '0') {
            pos++;
            if (pos - start == 2) {
                throw fail("-0 is not canonical");
            }
        } else {
            while (pos < b.length && b[pos] >= '0' && b[pos] <= '9') {
                pos++;
            }
        }
        if (pos < b.length && (b[pos] == '.' || b[pos] == 'e' || b[pos] == 'E' || (b[pos] >= '0' && b[pos] <= '9'))) {
            throw fail(b[pos] >= '0' && b[pos] <= '9' ? "a leading zero" : "canonical journal JSON holds integers only");
        }
        return value(start, pos);
    }

    /** The integer in {@code b[from, to)} (already checked), or {@link Long#MIN_VALUE} beyond 64 bits. */
    private long value(int from, int to) {
        boolean negative = b[from] == '-';
        int i = negative ? from + 1 : from;
        if (to - i > 18) {
            try {
                return Long.parseLong(new String(b, from, to - from, StandardCharsets.US_ASCII));
            } catch (NumberFormatException tooLong) {
                return Long.MIN_VALUE; // a valid integer beyond 64 bits: canonical, but no top-level field we read
            }
        }
        long v = 0;
        for (; i < to; i++) {
            v = v * 10 + (b[i] - '0');
        }
        return negative ? -v : v;
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (next() != word.charAt(i)) {
                throw fail("not a JSON value");
            }
        }
    }

    private byte peek() {
        if (pos >= b.length) {
            throw fail("record ends early");
        }
        return b[pos];
    }

    private byte next() {
        byte c = peek();
        pos++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw fail("expected '" + c + "'");
        }
    }

    private NotCanonicalException fail(String why) {
        return new NotCanonicalException("valid JSON but not in canonical form or not JSON at byte " + pos + ": " + why);
    }
}
