package org.pulseguard.device.quantaray;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.polled.UnitTracker;
import org.pulseguard.protocol.quantaray.StatusBit;
import org.pulseguard.protocol.quantaray.StatusRegister;

/**
 * One {@code *STB?} reading of a Quanta-Ray unit and the one place where its bits become
 * dialect-neutral device types (docs/protocol/quantaray.md section 4.1) [inferred, shared with
 * the simulator]. Immutable, thread-safe.
 *
 * <p>State: bit 8 (main contactor) clear is OFF; bit 9 (oscillator simmer) clear is WARM_UP
 * (the contactor is on, about 20 s to simmer); bit 0 (emission can occur, after {@code QSW REP})
 * is READY (EMISSION while SHOT? rises: see PolledConnection.firing); anything else is STANDBY. Interlocks: bit 14
 * COVER, bit 15 INTERLOCK_OR_EMERGENCY_STOP (one bit for several inputs), bit 20 (low water) WATER_FLOW. Bit 21 (interlock fault) is the fault
 * INTERNAL. Bit 23 (computer in control) must be set for the driver to command the unit.
 *
 * @param status the register as read
 */
record QuantaRayReading(StatusRegister status) {
    QuantaRayReading {
        Objects.requireNonNull(status, "status");
    }

    LaserState state() {
        if (!status.isSet(StatusBit.MAIN_CONTACTOR_ENERGIZED)) {
            return LaserState.OFF;
        }
        if (!status.isSet(StatusBit.OSCILLATOR_SIMMER_ON)) {
            return LaserState.WARM_UP;
        }
        if (status.isSet(StatusBit.EMISSION_POSSIBLE)) {
            // Bit 12 ("recently fired") outlives a run by about a second, so it cannot say the unit is
            // firing now: the connection reports EMISSION from SHOT? rising instead.
            return LaserState.READY;
        }
        return LaserState.STANDBY;
    }

    /** True when emission can occur (bit 0): what {@code QSW REP} leaves on a unit that accepted it. */
    boolean emissionPossible() {
        return status.isSet(StatusBit.EMISSION_POSSIBLE);
    }

    boolean computerInControl() {
        return status.isSet(StatusBit.COMPUTER_IN_CONTROL);
    }

    Set<Interlock> openInterlocks() {
        Set<Interlock> open = EnumSet.noneOf(Interlock.class);
        if (status.isSet(StatusBit.COVER_INTERLOCK_OPEN)) {
            open.add(Interlock.COVER);
        }
        if (status.isSet(StatusBit.INTERLOCK_OPEN)) {
            // One bit for the CDRH plug (door interlock, emergency-stop button), covers, head temperature, water.
            open.add(Interlock.INTERLOCK_OR_EMERGENCY_STOP);
        }
        if (status.isSet(StatusBit.LOW_WATER)) {
            open.add(Interlock.WATER_FLOW);
        }
        return open;
    }

    DeviceFault unitFault() {
        return status.isSet(StatusBit.INTERLOCK_FAULT) ? DeviceFault.INTERNAL : DeviceFault.NONE;
    }

    UnitTracker.Reading toTracked(LaserState state) {
        return new UnitTracker.Reading(state, openInterlocks(), unitFault(), unitCodes());
    }

    UnitTracker.Reading toTracked() {
        return toTracked(state());
    }

    /** The unit's own code behind this reading, for the record: the {@code *STB?} register. */
    String unitCodes() {
        return "*STB? " + status.bits() + " (0x" + Long.toHexString(status.bits()) + ")";
    }

    @Override
    public String toString() {
        return "*STB? " + status.bits() + " (" + state() + ", interlocks " + openInterlocks() + ")";
    }
}
