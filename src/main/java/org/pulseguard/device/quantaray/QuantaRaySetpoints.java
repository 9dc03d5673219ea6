package org.pulseguard.device.quantaray;

import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.polled.CalibratedEnergy;
import org.pulseguard.device.polled.FixedHandpieces;
import org.pulseguard.device.polled.TreatmentUnit;
import org.pulseguard.protocol.quantaray.LampTrigger;
import org.pulseguard.protocol.quantaray.QuantaRayCommand;
import org.pulseguard.protocol.quantaray.QuantaRayReply;
import org.pulseguard.protocol.quantaray.QuantaRayRequest;
import org.pulseguard.quantity.RepetitionRate;

/**
 * Sets and reads the parameters of a Quanta-Ray unit (laser-protocols.md section 2): the lamp on
 * its fixed internal rate ({@code LAMP FIX}, 10 Hz, the only rate the calibration holds for),
 * energy as oscillator PFN percent ({@code OPFN <pct>}, tenths of a percent) through the
 * calibration. Neither is answered; {@code READ:OPFN?} confirms both and reads the energy back:
 * converted to energy it must agree within half a step (0.05 %). The rate is not read back (no
 * query reports the trigger source) and the spot and wavelength are not sent [inferred].
 * Setpoints change only out of READY and EMISSION. Runs under the driver's command lock.
 */
final class QuantaRaySetpoints {
    /** The only repetition rate: the lamp's fixed internal rate. */
    static final RepetitionRate FIXED_RATE = new RepetitionRate(10_000);
    /** One {@code OPFN} step: a tenth of a percent. */
    static final double TENTH_PERCENT = 0.1;

    private final TreatmentUnit unit;
    private final CalibratedEnergy energy;
    private final FixedHandpieces handpieces;

    QuantaRaySetpoints(TreatmentUnit unit, CalibratedEnergy energy, FixedHandpieces handpieces) {
        this.unit = unit;
        this.energy = energy;
        this.handpieces = handpieces;
    }

    /**
     * The {@code OPFN} value for {@code requested}, in tenths of a percent.
     *
     * @throws DeviceException INVALID_REQUEST when it falls outside 0..100 %
     */
    static int tenthsPercentFor(Setpoint requested, CalibratedEnergy energy) throws DeviceException {
        long tenths = energy.stepsFor(requested.energy());
        if (tenths < 0 || tenths > 1000) {
            throw new DeviceException(DeviceException.Reason.INVALID_REQUEST, "energy " + requested.energy()
                    + " needs OPFN " + energy.describe(tenths) + ", outside 0..100 %");
        }
        return (int) tenths;
    }

    Setpoint apply(QuantaRayConnection connection, Setpoint requested, int tenthsPercent) throws DeviceException {
        LaserState state = connection.observe(null).state();
        if (state == LaserState.READY || state == LaserState.EMISSION) {
            throw DeviceException.refused(RefusalReason.WRONG_STATE, "setpoint not changed: the unit is " + state);
        }
        long fence = connection.link.fence();
        connection.link.send(new QuantaRayRequest.SetLamp(LampTrigger.FIX), fence);
        connection.link.send(new QuantaRayRequest.SetOscillatorPfn(tenthsPercent), fence);
        int readBack = readPfn(connection);
        energy.confirm(requested.energy(), readBack);
        connection.pfnSet(readBack);
        return new Setpoint(energy.inForce(readBack), handpieces.inForce(), FIXED_RATE, unit.activeWavelength());
    }

    Setpoint read(QuantaRayConnection connection) throws DeviceException {
        return new Setpoint(energy.inForce(readPfn(connection)), handpieces.inForce(), FIXED_RATE,
                unit.activeWavelength());
    }

    private static int readPfn(QuantaRayConnection connection) throws DeviceException {
        return connection.link.query(QuantaRayCommand.READ_OSCILLATOR_PFN, QuantaRayReply.PfnPercent.class)
                .tenthsPercent();
    }
}
