package org.pulseguard.audit.query;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A setpoint as the journal records it (docs/journal.md section 3, "setpoint"), in integer
 * micro-units; a field the record lacks is null.
 *
 * @param energyMicrojoules pulse energy, microjoules
 * @param spotMicrometres spot diameter, micrometres
 * @param rateMillihertz repetition rate, millihertz
 * @param wavelengthNanometres wavelength, nanometres
 */
public record SetpointValues(Long energyMicrojoules, Long spotMicrometres, Long rateMillihertz, Long wavelengthNanometres) {
    /** From a setpoint object, or null when the node is absent or null. */
    static SetpointValues of(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        return new SetpointValues(number(n, "energyMicrojoules"), number(n, "spotMicrometres"), number(n, "rateMillihertz"),
                number(n, "wavelengthNanometres"));
    }

    static Long number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asLong();
    }

    @Override
    public String toString() {
        return milli(energyMicrojoules) + " mJ, " + milli(spotMicrometres) + " mm, " + milli(rateMillihertz) + " Hz, "
                + (wavelengthNanometres == null ? "?" : wavelengthNanometres) + " nm";
    }

    private static String milli(Long micro) {
        return micro == null ? "?" : java.math.BigDecimal.valueOf(micro, 3).stripTrailingZeros().toPlainString();
    }
}
