package org.pulseguard.safety;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.pulseguard.quantity.Fluence;

/**
 * How fluences are written in refusals: a value is rounded away from the limit it breaks (so
 * 12.0004 J/cm2 shows as 12.001, never as the 12 it exceeds) and limits are shown as written.
 * Stateless.
 */
final class Shown {
    private Shown() {}

    /** A fluence rounded up to 0.001 J/cm2. */
    static String up(Fluence fluence) {
        return decimal(fluence, RoundingMode.CEILING);
    }

    /** A fluence rounded down to 0.001 J/cm2. */
    static String down(Fluence fluence) {
        return decimal(fluence, RoundingMode.FLOOR);
    }

    /** A limit, without trailing zeros. */
    static String limit(Fluence fluence) {
        return BigDecimal.valueOf(fluence.joulesPerSquareCentimetre()).stripTrailingZeros().toPlainString() + " J/cm2";
    }

    private static String decimal(Fluence fluence, RoundingMode mode) {
        return BigDecimal.valueOf(fluence.joulesPerSquareCentimetre()).setScale(3, mode).stripTrailingZeros()
                .toPlainString() + " J/cm2";
    }
}
