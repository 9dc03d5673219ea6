package org.pulseguard.protocol.bigsky;

import java.util.ArrayList;
import java.util.List;

/**
 * One 15-character Big Sky reply template with its value columns (docs/references.md#bigsky-drivers).
 * The pattern is the template text with markers where values go:
 *
 * <ul>
 *   <li>{@code #}: a digit column. A run of {@code #}, possibly with a {@code .} between digits
 *       ({@code ##.##}), is one unsigned number; the dot is fixed text and the digits read as one
 *       integer in the template's scaled unit ({@code 12.25} is 1225).</li>
 *   <li>{@code ~} just before a digit run: a sign column, {@code +} or {@code -}.</li>
 *   <li>{@code *}: a text column, any printable ASCII character.</li>
 *   <li>{@code %}: a bit column, {@code 0} or {@code 1}; bit i of a run is its i-th column counted
 *       from the left (section 1.5).</li>
 * </ul>
 *
 * Every other character is fixed text that a reply must repeat exactly. Immutable, thread-safe.
 */
final class FieldTemplate {

    /** Length of every reply field. */
    static final int WIDTH = 15;

    private record Slot(int start, int end, char kind) {
        int digitCount(String pattern) {
            return (int) pattern.substring(start, end).chars().filter(c -> c == '#').count();
        }
    }

    private final String pattern;
    private final List<Slot> slots;

    FieldTemplate(String pattern) {
        if (pattern.length() != WIDTH) {
            throw new IllegalArgumentException("template '" + pattern + "' is not " + WIDTH + " characters");
        }
        this.pattern = pattern;
        this.slots = List.copyOf(scan(pattern));
    }

    /** The pattern with its markers, for diagnostics. */
    String pattern() {
        return pattern;
    }

    /** Number of value slots, left to right. */
    int slotCount() {
        return slots.size();
    }

    /**
     * Checks {@code field} against the template and returns the text of each slot.
     *
     * @throws BigSkyProtocolException naming the first column that does not fit
     */
    List<String> parse(String field) {
        if (field.length() != WIDTH) {
            throw new BigSkyProtocolException("field '" + field + "' is " + field.length() + " characters, not " + WIDTH);
        }
        for (int i = 0; i < WIDTH; i++) {
            char expected = pattern.charAt(i);
            char actual = field.charAt(i);
            if (!fits(expected, actual)) {
                throw new BigSkyProtocolException("column " + i + " of '" + field + "' is '" + actual
                        + "', template '" + pattern + "' wants " + describe(expected));
            }
        }
        List<String> texts = new ArrayList<>();
        for (Slot slot : slots) {
            texts.add(field.substring(slot.start(), slot.end()));
        }
        return texts;
    }

    /** The unsigned or signed integer of a numeric slot's text (dots skipped). */
    static int number(String slotText) {
        String digits = slotText.replace(".", "").replace("+", "");
        return Integer.parseInt(digits);
    }

    /** The bits of a bit slot's text: bit i is the i-th character from the left. */
    static int bits(String slotText) {
        int bits = 0;
        for (int i = 0; i < slotText.length(); i++) {
            if (slotText.charAt(i) == '1') {
                bits |= 1 << i;
            }
        }
        return bits;
    }

    /**
     * Renders the template with one value per slot: an {@link Integer} for a numeric or bit slot,
     * a {@link String} of the slot's width for a text slot.
     *
     * @throws BigSkyProtocolException if a value does not fit its slot
     */
    String render(Object... values) {
        if (values.length != slots.size()) {
            throw new IllegalArgumentException(pattern + " has " + slots.size() + " slots, got " + values.length);
        }
        StringBuilder out = new StringBuilder(pattern);
        for (int i = 0; i < values.length; i++) {
            Slot slot = slots.get(i);
            out.replace(slot.start(), slot.end(), slotText(slot, values[i]));
        }
        parse(out.toString());
        return out.toString();
    }

    private String slotText(Slot slot, Object value) {
        String shape = pattern.substring(slot.start(), slot.end());
        switch (slot.kind()) {
            case '*':
                String text = (String) value;
                if (text.length() != shape.length()) {
                    throw new BigSkyProtocolException("text '" + text + "' is not " + shape.length() + " characters");
                }
                return text;
            case '%':
                return bitText((Integer) value, shape.length());
            default:
                return numberText((Integer) value, shape, slot.digitCount(pattern));
        }
    }

    private static String bitText(int bits, int width) {
        if (bits < 0 || bits >= 1 << width) {
            throw new BigSkyProtocolException("bits " + Integer.toBinaryString(bits) + " do not fit " + width + " columns");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < width; i++) {
            text.append((bits >> i & 1) == 1 ? '1' : '0');
        }
        return text.toString();
    }

    private static String numberText(int value, String shape, int digitCount) {
        boolean signed = shape.charAt(0) == '~';
        String digits = Integer.toString(Math.abs(value));
        if ((value < 0 && !signed) || digits.length() > digitCount) {
            throw new BigSkyProtocolException("value " + value + " does not fit '" + shape + "'");
        }
        digits = "0".repeat(digitCount - digits.length()) + digits;
        StringBuilder text = new StringBuilder();
        int next = 0;
        for (char c : shape.toCharArray()) {
            text.append(c == '#' ? digits.charAt(next++) : c == '~' ? (value < 0 ? '-' : '+') : c);
        }
        return text.toString();
    }

    private static boolean fits(char marker, char actual) {
        switch (marker) {
            case '#':
                return actual >= '0' && actual <= '9';
            case '~':
                return actual == '+' || actual == '-';
            case '*':
                return actual >= 0x20 && actual <= 0x7E;
            case '%':
                return actual == '0' || actual == '1';
            default:
                return actual == marker;
        }
    }

    private static String describe(char marker) {
        switch (marker) {
            case '#':
                return "a digit";
            case '~':
                return "a sign";
            case '*':
                return "a printable character";
            case '%':
                return "a bit";
            default:
                return "'" + marker + "'";
        }
    }

    private static List<Slot> scan(String pattern) {
        List<Slot> found = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '#' || c == '~') {
                int end = i + 1;
                while (end < pattern.length() && (pattern.charAt(end) == '#'
                        || (pattern.charAt(end) == '.' && end + 1 < pattern.length() && pattern.charAt(end + 1) == '#'))) {
                    end++;
                }
                found.add(new Slot(i, end, '#'));
                i = end;
            } else if (c == '*' || c == '%') {
                int end = i;
                while (end < pattern.length() && pattern.charAt(end) == c) {
                    end++;
                }
                found.add(new Slot(i, end, c));
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }
}
