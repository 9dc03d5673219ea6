package org.pulseguard.quantity;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits "400mJ" into a number and a unit for the quantity parsers, and converts the number to the
 * quantity's base unit exactly: a value finer than the base unit (the quantity's resolution) is
 * refused, never rounded.
 */
final class Quantities {
    private static final Pattern QUANTITY = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-zµ]+)\\s*");

    /** A number and the unit it was written in, for example 400 and "mJ". */
    record Parsed(BigDecimal value, String unit) {}

    private Quantities() {}

    static Parsed parse(String text, String what) {
        Matcher m = QUANTITY.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number followed by a unit");
        }
        return new Parsed(new BigDecimal(m.group(1)), m.group(2));
    }

    /**
     * The parsed number in base units, where one written unit is {@code 10^decimals} base units.
     *
     * @param resolution the base unit as a person reads it, for example "0.001 mJ"
     * @throws IllegalArgumentException naming the text and the resolution when the value is finer
     *     than one base unit, or too large
     */
    static long exact(Parsed parsed, int decimals, String what, String text, String resolution) {
        BigDecimal base = parsed.value().movePointRight(decimals);
        if (base.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(what + " '" + text + "' is finer than its resolution of " + resolution
                    + " (not rounded: give a multiple of " + resolution + ")");
        }
        try {
            return base.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is too large");
        }
    }
}
