package org.pulseguard.quantity;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits "400mJ" into a number and a unit for the quantity parsers. */
final class Quantities {
    private static final Pattern QUANTITY = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-zµ]+)\\s*");

    record Parsed(BigDecimal value, String unit) {}

    private Quantities() {}

    static Parsed parse(String text, String what) {
        Matcher m = QUANTITY.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number followed by a unit");
        }
        return new Parsed(new BigDecimal(m.group(1)), m.group(2));
    }
}
