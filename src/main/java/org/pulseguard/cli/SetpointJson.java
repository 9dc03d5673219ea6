package org.pulseguard.cli;

import java.math.BigDecimal;
import org.pulseguard.device.Setpoint;

/**
 * A setpoint in a {@code --json} document: each value an exact decimal of the unit in its name.
 * Immutable.
 */
record SetpointJson(BigDecimal energyMillijoules, BigDecimal spotMillimetres, BigDecimal rateHertz, int wavelengthNanometres) {

    static SetpointJson of(Setpoint s) {
        return new SetpointJson(thousandths(s.energy().microjoules()), thousandths(s.spot().micrometres()),
                thousandths(s.rate().millihertz()), s.wavelength().nanometres());
    }

    /** A value held in thousandths (uJ, um, mHz) as an exact decimal of the unit a thousand times larger. */
    static BigDecimal thousandths(long value) {
        return BigDecimal.valueOf(value, 3).stripTrailingZeros();
    }
}
