package org.pulseguard.protocol.bigsky;

import java.util.regex.Pattern;

/**
 * Whether a Big Sky command takes an integer argument directly after its mnemonic, how it is
 * written and which values are accepted (docs/references.md#bigsky-drivers; docs/protocol/bigsky.md
 * section 3). Immutable.
 *
 * @param presence whether the argument is absent, optional (query or set form) or required
 * @param format how the value is written on the wire
 * @param min the smallest accepted value, in the command's wire unit
 * @param max the largest accepted value, in the command's wire unit
 */
public record ArgumentRule(Presence presence, Format format, int min, int max) {

    /** Whether a command line may or must carry an argument. */
    public enum Presence { NONE, OPTIONAL, REQUIRED }

    /** How an argument is written. */
    public enum Format {
        /** Decimal digits, written without leading zeros; the device also accepts leading zeros. */
        DECIMAL(Pattern.compile("[0-9]{1,9}")),
        /** An explicit sign then decimal digits ({@code VQ+250}, {@code VQ-100}); value in the given unit. */
        SIGNED(Pattern.compile("[+-][0-9]{1,9}")),
        /** Exactly four digits {@code mmss}; the value is the total in seconds (99:59 = 5999). [inferred] */
        MINUTES_SECONDS(Pattern.compile("[0-9][0-9][0-5][0-9]"));

        private final Pattern syntax;

        Format(Pattern syntax) {
            this.syntax = syntax;
        }
    }

    public ArgumentRule {
        if (presence == null || format == null || min > max) {
            throw new IllegalArgumentException("bad argument rule " + presence + " " + format + " " + min + ".." + max);
        }
    }

    /** No argument: a query or an action. */
    static ArgumentRule none() {
        return new ArgumentRule(Presence.NONE, Format.DECIMAL, 0, 0);
    }

    /** Query without an argument, set with a decimal argument in {@code min..max}. */
    static ArgumentRule optional(int min, int max) {
        return new ArgumentRule(Presence.OPTIONAL, Format.DECIMAL, min, max);
    }

    /** A decimal argument in {@code min..max} is required. */
    static ArgumentRule required(int min, int max) {
        return new ArgumentRule(Presence.REQUIRED, Format.DECIMAL, min, max);
    }

    /** Query without an argument, set with a signed argument in {@code min..max}. */
    static ArgumentRule optionalSigned(int min, int max) {
        return new ArgumentRule(Presence.OPTIONAL, Format.SIGNED, min, max);
    }

    /** Query without an argument, set with {@code mmss} up to 99:59. */
    static ArgumentRule optionalMinutesSeconds() {
        return new ArgumentRule(Presence.OPTIONAL, Format.MINUTES_SECONDS, 0, 99 * 60 + 59);
    }

    /** True if a command with this rule may carry an argument. */
    public boolean takesArgument() {
        return presence != Presence.NONE;
    }

    /** True if {@code value} is in {@code min..max}. */
    public boolean accepts(int value) {
        return value >= min && value <= max;
    }

    /** The wire text of {@code value}; the value must be accepted. */
    String write(int value) {
        switch (format) {
            case SIGNED:
                return (value < 0 ? "-" : "+") + Math.abs(value);
            case MINUTES_SECONDS:
                return String.format("%02d%02d", value / 60, value % 60);
            default:
                return Integer.toString(value);
        }
    }

    /** True if {@code text} has this rule's syntax (the value may still be out of range). */
    boolean matchesSyntax(String text) {
        return format.syntax.matcher(text).matches();
    }

    /** The value of {@code text}, which must match the syntax. */
    int read(String text) {
        if (format == Format.MINUTES_SECONDS) {
            return Integer.parseInt(text.substring(0, 2)) * 60 + Integer.parseInt(text.substring(2));
        }
        return Integer.parseInt(text.charAt(0) == '+' ? text.substring(1) : text);
    }
}
