package org.pulseguard.protocol.quantaray;

import java.util.regex.Pattern;

/**
 * Fixed-point decimal numbers as the Quanta-Ray dialect writes them (docs/protocol/quantaray.md
 * section 4): values travel as scaled integers ({@code 10.25 Hz} is 1025 centihertz) so that no
 * value is ever rounded. Pure functions, thread-safe.
 */
final class DecimalText {
    private DecimalText() {}

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");

    /**
     * Reads {@code text} with at most {@code decimals} decimal places and at most three integer digits
     * ({@code 10}, {@code 10.5}, {@code 10.25} for two places) as an integer scaled by 10^decimals.
     */
    static int scaled(String field, String text, int decimals) {
        Pattern syntax = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1," + decimals + "})?");
        if (!syntax.matcher(text).matches()) {
            throw new QuantaRayProtocolException(field + " '" + text + "' is not a number with up to " + decimals + " decimals");
        }
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : text.substring(dot + 1);
        fraction = fraction + "0".repeat(decimals - fraction.length());
        return Integer.parseInt(whole + fraction);
    }

    /** Reads an unsigned decimal integer of 1..10 digits. */
    static long integer(String field, String text) {
        if (!DIGITS.matcher(text).matches()) {
            throw new QuantaRayProtocolException(field + " '" + text + "' is not a decimal integer");
        }
        return Long.parseLong(text);
    }

    /** Writes {@code scaled} with exactly {@code decimals} places: 1000, 2 gives {@code 10.00}. */
    static String fixed(int scaled, int decimals) {
        int unit = pow10(decimals);
        return scaled / unit + "." + String.format("%0" + decimals + "d", scaled % unit);
    }

    /** Writes {@code scaled} with no trailing zeros: 1000 gives {@code 10}, 1050 gives {@code 10.5}. */
    static String minimal(int scaled, int decimals) {
        String text = fixed(scaled, decimals);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** The first space-separated token of a reply line (PLACE: {@code reply.split(' ')[0]}). */
    static String firstToken(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    private static int pow10(int decimals) {
        int unit = 1;
        for (int i = 0; i < decimals; i++) {
            unit *= 10;
        }
        return unit;
    }
}
