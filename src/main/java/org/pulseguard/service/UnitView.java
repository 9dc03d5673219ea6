package org.pulseguard.service;

import java.math.BigDecimal;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.Setpoint;

/**
 * A unit as {@code GET /api/units} shows it. Immutable; a snapshot.
 *
 * @param id the unit's id in the service
 * @param model the model the unit reported
 * @param serial the serial number the unit reported
 * @param dialect the protocol it speaks
 * @param deviceProfile the id of its device profile
 * @param state the supervisor's state
 * @param sessionOpen whether a treatment session is open
 * @param sessionPulses pulses counted in the open session
 * @param setpoint the setpoint the supervisor verified in the open session, or null
 */
public record UnitView(String id, String model, String serial, String dialect, String deviceProfile, String state,
                       boolean sessionOpen, long sessionPulses, SetpointView setpoint) {

    /** A setpoint with each value an exact decimal of the unit in its name. */
    public record SetpointView(BigDecimal energyMillijoules, BigDecimal spotMillimetres, BigDecimal rateHertz,
                               int wavelengthNanometres) {
        static SetpointView of(Setpoint s) {
            return s == null ? null : new SetpointView(thousandths(s.energy().microjoules()),
                    thousandths(s.spot().micrometres()), thousandths(s.rate().millihertz()), s.wavelength().nanometres());
        }

        private static BigDecimal thousandths(long value) {
            return BigDecimal.valueOf(value, 3).stripTrailingZeros();
        }
    }

    static UnitView of(ServedUnit unit) {
        DeviceIdentity identity = unit.identity();
        return new UnitView(unit.id(), identity.model(), identity.serial(), unit.profile().dialect().fileName(),
                unit.profile().id(), unit.supervisor().state().name(), unit.sessionOpen(), unit.supervisor().sessionPulses(),
                SetpointView.of(unit.appliedSetpoint()));
    }
}
