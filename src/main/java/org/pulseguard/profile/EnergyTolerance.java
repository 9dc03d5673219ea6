package org.pulseguard.profile;

import java.util.Locale;
import org.pulseguard.quantity.PulseEnergy;

/**
 * How far a pulse's measured energy may stray from its setpoint, as a fraction of the setpoint.
 * Never wider than 0.20 (+-20 %, 21 CFR 1040.11(a) / IEC 60601-2-22). Immutable, thread-safe.
 *
 * @param fraction more than 0, at most 0.20
 */
public record EnergyTolerance(double fraction) {
    /** The widest tolerance the regulations allow: +-20 %. */
    public static final double WIDEST = 0.20;

    public EnergyTolerance {
        if (!(fraction > 0 && fraction <= WIDEST)) {
            throw new IllegalArgumentException("tolerance " + fraction + " is not above 0 and at most " + WIDEST + " (+-20 %)");
        }
    }

    /** True when {@code measured} lies within this tolerance of {@code setpoint}. */
    public boolean accepts(PulseEnergy setpoint, PulseEnergy measured) {
        double deviation = Math.abs(measured.microjoules() - setpoint.microjoules());
        return deviation <= fraction * setpoint.microjoules();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "+-%s %%", new java.math.BigDecimal(Double.toString(fraction * 100))
                .stripTrailingZeros().toPlainString());
    }
}
