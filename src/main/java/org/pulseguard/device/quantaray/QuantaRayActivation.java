package org.pulseguard.device.quantaray;

import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.device.polled.UnitTracker;
import org.pulseguard.protocol.quantaray.QswitchAction;
import org.pulseguard.protocol.quantaray.QuantaRayRequest;

/**
 * Arming and disarming a Quanta-Ray unit (laser-protocols.md section 2: simmer, QSW SING/NORM,
 * QSW REP) [sequence inferred, shared with the simulator]. Arming is allowed from STANDBY only
 * (OFF and WARM_UP are refused WRONG_STATE: the driver never switches the unit ON by itself); it
 * sends {@code QSW NORM} then {@code QSW REP} (from then on the Q-switch fires on every lamp shot
 * while the hardware footswitch is held), neither answered, and verifies with {@code *STB?}: bit 0
 * (emission can occur) set is armed. Otherwise the arm is refused (INTERLOCK_OPEN with an interlock
 * open, else WRONG_STATE) and {@code QSW SING} is sent. Activation steps are fenced: none goes out
 * after an emergency stop. Runs under the driver's command lock.
 */
final class QuantaRayActivation {
    private final UnitTracker tracker;

    QuantaRayActivation(UnitTracker tracker) {
        this.tracker = tracker;
    }

    LaserState arm(QuantaRayConnection connection) throws DeviceException {
        requireNoFault();
        long fence = connection.link.fence();
        QuantaRayReading before = connection.observe(null);
        requireNoFault();
        if (before.state() != LaserState.STANDBY) {
            throw DeviceException.refused(RefusalReason.WRONG_STATE, "arm refused: the unit is " + before.state());
        }
        if (!before.openInterlocks().isEmpty()) {
            throw DeviceException.refused(RefusalReason.INTERLOCK_OPEN, "arm refused: interlocks open "
                    + before.openInterlocks());
        }
        try {
            connection.link.send(new QuantaRayRequest.SetQswitch(QswitchAction.NORM), fence);
            connection.link.send(new QuantaRayRequest.SetQswitch(QswitchAction.REP), fence);
            QuantaRayReading after = connection.read();
            if (after.emissionPossible()) {
                return connection.observe(StateChangeCause.HOST_COMMAND).state();
            }
            RefusalReason why = after.openInterlocks().isEmpty()
                    ? RefusalReason.WRONG_STATE : RefusalReason.INTERLOCK_OPEN;
            throw DeviceException.refused(why, "arm refused by the unit: " + after);
        } catch (DeviceException e) {
            try {
                connection.stopQswitch();
                connection.observe(StateChangeCause.HOST_COMMAND);
            } catch (DeviceException stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw e;
        }
    }

    LaserState standby(QuantaRayConnection connection) throws DeviceException {
        connection.stopQswitch();
        return connection.observe(StateChangeCause.HOST_COMMAND).state();
    }

    private void requireNoFault() throws DeviceException {
        DeviceFault latched = tracker.latched();
        if (latched != DeviceFault.NONE) {
            throw DeviceException.refused(RefusalReason.FAULT_LATCHED, "arm refused: fault " + latched
                    + " latched; reset it first");
        }
    }
}
