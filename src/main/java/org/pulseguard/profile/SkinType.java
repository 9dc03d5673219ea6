package org.pulseguard.profile;

import java.util.Locale;

/**
 * Fitzpatrick skin type, I (always burns, never tans) to VI (never burns, deeply pigmented). Darker
 * types (IV-VI) risk pigment changes; 532 nm is labelled only for I-III. Written in files and on
 * the command line as the Roman numeral ({@code "III"}); {@link #parse} also takes {@code "3"}.
 *
 * <p>It lives beside {@link SafeProfile}, whose fluence limits are keyed on it, so that the safety
 * layer above can depend on profiles without a cycle. Immutable, thread-safe.
 */
public enum SkinType {
    I, II, III, IV, V, VI;

    /** The Fitzpatrick number, 1..6. */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * Parses {@code "III"}, {@code "iii"} or {@code "3"}.
     *
     * @throws IllegalArgumentException naming the text when it is not a skin type I-VI
     */
    public static SkinType parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (SkinType type : values()) {
            if (type.name().equals(t) || Integer.toString(type.number()).equals(t)) {
                return type;
            }
        }
        throw new IllegalArgumentException("skin type '" + text + "' is not a Fitzpatrick type I, II, III, IV, V or VI");
    }
}
