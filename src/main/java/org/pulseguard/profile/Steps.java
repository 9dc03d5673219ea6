package org.pulseguard.profile;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A stepped range read from a {@code {minX, maxX, stepX}} object, converted exactly into a base
 * unit (microjoules, micrometres, millihertz): {@code minimum, minimum + step, ... maximum}.
 *
 * @param minimum in the base unit
 * @param maximum in the base unit, not below {@code minimum}
 * @param step in the base unit, above 0, dividing {@code maximum - minimum}
 */
record Steps(long minimum, long maximum, long step) {

    /**
     * How the numbers of one kind of range are written and held.
     *
     * @param suffix the unit part of the field names, for example {@code Millijoules}
     * @param symbol the file unit's symbol, for example {@code mJ}
     * @param scale powers of ten from the file unit to the base unit (mJ to uJ: 3)
     * @param baseSymbol the base unit's symbol, for example {@code uJ}
     * @param zeroAllowed true when the minimum may be 0
     */
    record Units(String suffix, String symbol, int scale, String baseSymbol, boolean zeroAllowed) {}

    static final Units MILLIJOULES = new Units("Millijoules", "mJ", 3, "uJ", true);
    static final Units MILLIMETRES = new Units("Millimetres", "mm", 3, "um", false);
    static final Units HERTZ = new Units("Hertz", "Hz", 3, "mHz", false);

    /** Reads the three fields of {@code range}; logs every problem and returns empty if there is one. */
    static Optional<Steps> read(ObjectFields range, Units units) {
        Optional<Long> min = exact(range, "min" + units.suffix(), units, units.zeroAllowed());
        Optional<Long> max = exact(range, "max" + units.suffix(), units, units.zeroAllowed());
        Optional<Long> step = exact(range, "step" + units.suffix(), units, false);
        if (min.isEmpty() || max.isEmpty() || step.isEmpty()) {
            return Optional.empty();
        }
        if (min.get() > max.get()) {
            range.issue("min" + units.suffix(), show(min.get(), units) + " is above max" + units.suffix() + " "
                    + show(max.get(), units));
            return Optional.empty();
        }
        if ((max.get() - min.get()) % step.get() != 0) {
            range.issue("step" + units.suffix(), show(step.get(), units) + " does not divide " + show(min.get(), units)
                    + ".." + show(max.get(), units));
            return Optional.empty();
        }
        return Optional.of(new Steps(min.get(), max.get(), step.get()));
    }

    /** A single value in file units converted exactly to the base unit; logged and empty when it cannot be. */
    static Optional<Long> exact(ObjectFields block, String field, Units units, boolean zeroAllowed) {
        Optional<BigDecimal> value = block.number(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal base = value.get().movePointRight(units.scale());
        if (base.signum() < 0 || (base.signum() == 0 && !zeroAllowed)) {
            block.issue(field, value.get().toPlainString() + " " + units.symbol() + " is not " + (zeroAllowed ? "0 or more" : "above 0"));
            return Optional.empty();
        }
        if (base.stripTrailingZeros().scale() > 0) {
            block.issue(field, value.get().toPlainString() + " " + units.symbol() + " is finer than 1 " + units.baseSymbol());
            return Optional.empty();
        }
        try {
            return Optional.of(base.longValueExact());
        } catch (ArithmeticException e) {
            block.issue(field, value.get().toPlainString() + " " + units.symbol() + " is too large");
            return Optional.empty();
        }
    }

    private static String show(long base, Units units) {
        return BigDecimal.valueOf(base, units.scale()).stripTrailingZeros().toPlainString() + " " + units.symbol();
    }
}
