package org.pulseguard.device.bigsky;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.polled.UnitTracker;
import org.pulseguard.protocol.bigsky.FiringState;
import org.pulseguard.protocol.bigsky.InterlockBit;
import org.pulseguard.protocol.bigsky.InterlockField;
import org.pulseguard.protocol.bigsky.StatusWord;

/**
 * One reading of a Big Sky unit and the one place where its codes become dialect-neutral device
 * types (docs/protocol/bigsky.md section 5). Immutable, thread-safe.
 *
 * <p>State [inferred, shared with the simulator]: the Q-switch running on its internal trigger
 * ({@code Q} START or SINGLE, not external) is EMISSION; otherwise the water pump off ({@code P} 0)
 * is WARM_UP; the lamp running ({@code F} START or SINGLE) with the shutter open and the Q-switch
 * enabled at run ({@code QOF} 1) is READY, whether or not the Q-switch is started on the external
 * trigger (the footswitch), because a Q-switch armed on the footswitch fires only while it is held;
 * anything else is STANDBY (no emission possible). The status word cannot tell a Q-switch armed on
 * the footswitch from one firing on it: the connection adds EMISSION from the Q-switch counter
 * rising. The unit reports no OFF over serial.
 *
 * <p>Interlocks: {@code IF} water flow and water level are WATER_FLOW; cover open, lamp-head
 * connector and auxiliary connector are COVER; the external interlock bit, which the unit's own
 * emergency-stop button opens too, is INTERLOCK_OR_EMERGENCY_STOP; an undocumented
 * {@code IF} bit, or {@code I} non-zero with no bit to name, is COVER [inferred]. {@code IF2}
 * water temperature is TEMPERATURE and the fault OVER_TEMPERATURE; capacitor-load and simmer
 * failures are the fault INTERNAL.
 *
 * @param status the {@code WOR} status word
 * @param lamp the {@code IF} field
 * @param lamp2 the {@code IF2} field
 * @param pumpOn {@code P} is 1
 * @param shutterOpen {@code R} reads {@code opened}
 * @param qswitchAtRun {@code QOF} is 1
 */
record BigSkyReading(StatusWord status, InterlockField lamp, InterlockField lamp2, boolean pumpOn,
                     boolean shutterOpen, boolean qswitchAtRun) {
    /** Every documented {@code IF} bit. */
    private static final int DOCUMENTED_LAMP_BITS = 0b0111_1101;

    BigSkyReading {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lamp, "lamp");
        Objects.requireNonNull(lamp2, "lamp2");
    }

    /** The same reading with a newer status word. */
    BigSkyReading withStatus(StatusWord newer) {
        return new BigSkyReading(newer, lamp, lamp2, pumpOn, shutterOpen, qswitchAtRun);
    }

    LaserState state() {
        if (status.qswitch() != FiringState.STOP && !status.qswitchExternalTrigger()) {
            return LaserState.EMISSION;
        }
        if (!pumpOn) {
            return LaserState.WARM_UP;
        }
        if (status.lamp() != FiringState.STOP && shutterOpen && qswitchAtRun) {
            return LaserState.READY;
        }
        return LaserState.STANDBY;
    }

    /** True when the lamp is firing and the shutter open: what a successful activation leaves. */
    boolean activated() {
        return status.lamp() == FiringState.START && shutterOpen;
    }

    Set<Interlock> openInterlocks() {
        Set<Interlock> open = EnumSet.noneOf(Interlock.class);
        if (lamp.isSet(InterlockBit.WATER_FLOW) || lamp.isSet(InterlockBit.WATER_LEVEL)) {
            open.add(Interlock.WATER_FLOW);
        }
        if (lamp.isSet(InterlockBit.COVER_OPEN) || lamp.isSet(InterlockBit.LAMP_HEAD_CONNECTOR)
                || lamp.isSet(InterlockBit.AUXILIARY_CONNECTOR) || (lamp.bits() & ~DOCUMENTED_LAMP_BITS) != 0) {
            open.add(Interlock.COVER);
        }
        if (lamp.isSet(InterlockBit.EXTERNAL_INTERLOCK)) {
            // One bit for the external interlock and the unit's own emergency-stop button.
            open.add(Interlock.INTERLOCK_OR_EMERGENCY_STOP);
        }
        if (lamp2.isSet(InterlockBit.LAMP_WATER_TEMPERATURE)) {
            open.add(Interlock.TEMPERATURE);
        }
        if (!status.interlocksClosed() && open.isEmpty() && unitFault() == DeviceFault.NONE) {
            open.add(Interlock.COVER);
        }
        return open;
    }

    DeviceFault unitFault() {
        if (lamp2.isSet(InterlockBit.LAMP_WATER_TEMPERATURE)) {
            return DeviceFault.OVER_TEMPERATURE;
        }
        if (lamp2.isSet(InterlockBit.CAPACITOR_LOAD_FAIL) || lamp2.isSet(InterlockBit.SIMMER_FAIL)) {
            return DeviceFault.INTERNAL;
        }
        return DeviceFault.NONE;
    }

    UnitTracker.Reading toTracked() {
        return toTracked(state());
    }

    /** The tracked reading with {@code state} in place of the status word's (see the class comment). */
    UnitTracker.Reading toTracked(LaserState state) {
        return new UnitTracker.Reading(state, openInterlocks(), unitFault(), unitCodes());
    }

    /** The unit's own codes behind this reading, for the record: the {@code IF}/{@code IF2} bits and the status word's codes. */
    String unitCodes() {
        return "IF " + Integer.toBinaryString(lamp.bits()) + "b, IF2 " + Integer.toBinaryString(lamp2.bits()) + "b, WOR interlock code "
                + status.interlockCode() + ", simmer code " + status.simmerCode();
    }
}
