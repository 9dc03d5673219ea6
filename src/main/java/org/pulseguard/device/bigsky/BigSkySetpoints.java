package org.pulseguard.device.bigsky;

import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.polled.CalibratedEnergy;
import org.pulseguard.device.polled.FixedHandpieces;
import org.pulseguard.device.polled.TreatmentUnit;
import org.pulseguard.protocol.bigsky.ArgumentRule;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.quantity.RepetitionRate;

/**
 * Sets and reads the parameters of a Big Sky unit (laser-protocols.md section 1.4): energy as
 * flashlamp volts {@code V<n>} through the calibration, rate as {@code F<Hz x 100>}; each value
 * must be echoed exactly, then read back ({@code V}, {@code F}): the volts converted to energy
 * must agree within half a volt, the rate exactly. The spot is the confirmed handpiece and the
 * wavelength the unit's own: neither is sent. Setpoints change only out of READY and EMISSION.
 * Runs under the driver's command lock. Thread-safe.
 */
final class BigSkySetpoints {
    /** One {@code V} step: a volt. */
    static final double VOLT = 1.0;

    private final TreatmentUnit unit;
    private final CalibratedEnergy energy;
    private final FixedHandpieces handpieces;

    BigSkySetpoints(TreatmentUnit unit, CalibratedEnergy energy, FixedHandpieces handpieces) {
        this.unit = unit;
        this.energy = energy;
        this.handpieces = handpieces;
    }

    /**
     * The wire values of {@code requested} (already checked against the capabilities): volts and
     * centihertz, each within its command's range.
     *
     * @throws DeviceException INVALID_REQUEST naming the value and the range
     */
    static WireValues wireValues(Setpoint requested, CalibratedEnergy energy) throws DeviceException {
        long volts = energy.stepsFor(requested.energy());
        ArgumentRule voltage = BigSkyCommand.FLASHLAMP_VOLTAGE.argument();
        if (volts < voltage.min() || volts > voltage.max()) {
            throw invalid("energy " + requested.energy() + " needs " + volts + " V, outside the V command's "
                    + voltage.min() + ".." + voltage.max() + " V");
        }
        long millihertz = requested.rate().millihertz();
        long centihertz = millihertz / 10;
        ArgumentRule rate = BigSkyCommand.LAMP_RATE.argument();
        if (millihertz % 10 != 0 || centihertz < rate.min() || centihertz > rate.max()) {
            throw invalid("repetition rate " + requested.rate() + " is not a whole number of 0.01 Hz in 0.01..99.99 Hz");
        }
        return new WireValues((int) volts, (int) centihertz);
    }

    /** A setpoint's values as the wire carries them. */
    record WireValues(int volts, int centihertz) {}

    Setpoint apply(BigSkyConnection connection, Setpoint requested, WireValues wire) throws DeviceException {
        int volts = wire.volts();
        int centihertz = wire.centihertz();
        LaserState state = connection.observe(null).state();
        if (state == LaserState.READY || state == LaserState.EMISSION) {
            throw DeviceException.refused(RefusalReason.WRONG_STATE, "setpoint not changed: the unit is " + state);
        }
        long fence = connection.link.fence();
        int echoedVolts = connection.link.set(BigSkyCommand.FLASHLAMP_VOLTAGE, volts, fence);
        if (echoedVolts != volts) {
            throw mismatch("energy: V" + volts + " for " + requested.energy() + ", unit echoed "
                    + energy.describe(echoedVolts));
        }
        int echoedRate = connection.link.set(BigSkyCommand.LAMP_RATE, centihertz, fence);
        if (echoedRate != centihertz) {
            throw mismatch("repetition rate: F" + centihertz + " for " + requested.rate() + ", unit echoed "
                    + rate(echoedRate));
        }
        int voltsBack = connection.link.number(BigSkyCommand.FLASHLAMP_VOLTAGE);
        energy.confirm(requested.energy(), voltsBack);
        int rateBack = connection.link.number(BigSkyCommand.LAMP_RATE);
        if (rateBack != centihertz) {
            throw mismatch("repetition rate: requested " + requested.rate() + ", read back " + rate(rateBack));
        }
        return new Setpoint(energy.inForce(voltsBack), handpieces.inForce(), rate(rateBack), unit.activeWavelength());
    }

    Setpoint read(BigSkyConnection connection) throws DeviceException {
        int volts = connection.link.number(BigSkyCommand.FLASHLAMP_VOLTAGE);
        int centihertz = connection.link.number(BigSkyCommand.LAMP_RATE);
        return new Setpoint(energy.inForce(volts), handpieces.inForce(), rate(centihertz), unit.activeWavelength());
    }

    private static RepetitionRate rate(int centihertz) {
        return new RepetitionRate(centihertz * 10L);
    }

    private static DeviceException invalid(String message) {
        return new DeviceException(DeviceException.Reason.INVALID_REQUEST, message);
    }

    private static DeviceException mismatch(String message) {
        return new DeviceException(DeviceException.Reason.READBACK_MISMATCH, message);
    }
}
