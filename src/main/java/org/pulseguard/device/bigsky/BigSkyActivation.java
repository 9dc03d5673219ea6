package org.pulseguard.device.bigsky;

import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.device.polled.UnitTracker;
import org.pulseguard.protocol.bigsky.BigSkyCommand;
import org.pulseguard.protocol.bigsky.BigSkyReply;
import org.pulseguard.protocol.bigsky.BigSkyRequest;
import org.pulseguard.protocol.bigsky.StatusWord;

/**
 * Arming and disarming a Big Sky unit (laser-protocols.md section 1.6) [sequence inferred, shared
 * with the simulator]. Arming sends {@code QSM2} (the Q-switch on its external trigger: the
 * hardware footswitch), {@code R1}, {@code QOF1}, the Q-switch dead-man ({@link BigSkyQswitchDeadMan}:
 * {@code L1 CLC9959 CLQ0002}), {@code PQ} and {@code A}, then verifies with a full
 * reading: the lamp running with the shutter open is READY. Otherwise (the unit refuses to start
 * the lamp while an interlock is open: {@code F} STOP, {@code I} non-zero) the arm is refused
 * (INTERLOCK_OPEN when {@code I} is non-zero, FOOTSWITCH_PRESSED when the Q-switch already fires,
 * else WRONG_STATE) and the unit is deactivated. Every activation step is fenced: none goes out
 * after an emergency stop, even one between two steps. Runs under the driver's command lock.
 */
final class BigSkyActivation {
    private final UnitTracker tracker;

    BigSkyActivation(UnitTracker tracker) {
        this.tracker = tracker;
    }

    LaserState arm(BigSkyConnection connection) throws DeviceException {
        requireNoFault("arm");
        long fence = connection.link.fence();
        BigSkyReading before = connection.observe(null);
        requireNoFault("arm");
        if (before.state() != LaserState.STANDBY) {
            throw DeviceException.refused(RefusalReason.WRONG_STATE, "arm refused: the unit is " + before.state());
        }
        if (!before.status().interlocksClosed()) {
            throw DeviceException.refused(RefusalReason.INTERLOCK_OPEN, "arm refused: interlocks open "
                    + before.openInterlocks() + " (WOR I=" + before.status().interlockCode() + ")");
        }
        try {
            requireEcho(connection.link.set(BigSkyCommand.QSWITCH_MODE, 2, fence), 2,
                    "QSM2 (Q-switch on the footswitch)");
            connection.link.exchange(BigSkyRequest.of(BigSkyCommand.SHUTTER, 1), BigSkyReply.Shutter.class, fence);
            requireEcho(connection.link.set(BigSkyCommand.QSWITCH_AT_RUN, 1, fence), 1, "QOF1");
            connection.deadMan.arm(connection.link, fence); // H7a: before PQ, so the countdown runs from the start
            // PQ starts the Q-switch on its trigger; in QSM2 that is the footswitch, so nothing fires yet.
            connection.link.exchange(BigSkyRequest.of(BigSkyCommand.QSWITCH_START), StatusWord.class, fence);
            connection.link.exchange(BigSkyRequest.of(BigSkyCommand.LAMP_START), StatusWord.class, fence);
            BigSkyReading after = connection.reader.readFull();
            if (after.activated() && after.state() == LaserState.READY) {
                connection.observe(StateChangeCause.HOST_COMMAND);
                return LaserState.READY;
            }
            throw refusal(after);
        } catch (DeviceException e) {
            deactivateAfter(connection, e);
            throw e;
        }
    }

    LaserState standby(BigSkyConnection connection) throws DeviceException {
        connection.deactivate();
        return connection.observe(StateChangeCause.HOST_COMMAND).state();
    }

    private void requireNoFault(String what) throws DeviceException {
        DeviceFault latched = tracker.latched();
        if (latched != DeviceFault.NONE) {
            throw DeviceException.refused(RefusalReason.FAULT_LATCHED, what + " refused: fault " + latched
                    + " latched; reset it first");
        }
    }

    private static void requireEcho(int echoed, int sent, String what) throws DeviceException {
        if (echoed != sent) {
            throw new DeviceException(DeviceException.Reason.READBACK_MISMATCH, what + ": unit echoed " + echoed
                    + "; not activated");
        }
    }

    private static DeviceException refusal(BigSkyReading after) {
        RefusalReason why;
        if (!after.status().interlocksClosed()) {
            why = RefusalReason.INTERLOCK_OPEN;
        } else if (after.state() == LaserState.EMISSION) {
            why = RefusalReason.FOOTSWITCH_PRESSED;
        } else {
            why = RefusalReason.WRONG_STATE;
        }
        return DeviceException.refused(why, "arm refused by the unit: lamp " + after.status().lamp() + ", shutter "
                + (after.shutterOpen() ? "opened" : "closed") + ", Q-switch " + after.status().qswitch()
                + ", interlocks " + (after.status().interlocksClosed() ? "closed" : "open " + after.openInterlocks()));
    }

    private static void deactivateAfter(BigSkyConnection connection, DeviceException failure) {
        try {
            connection.deactivate();
            connection.observe(StateChangeCause.HOST_COMMAND);
        } catch (DeviceException e) {
            failure.addSuppressed(e);
        }
    }
}
