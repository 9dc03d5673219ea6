package org.pulseguard.device;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A snapshot of a unit: state, open interlocks, latched fault, footswitch and setpoint in force.
 * Immutable, thread-safe.
 *
 * @param state operating state
 * @param openInterlocks interlocks that are open (not satisfied); empty when all are closed
 * @param fault latched fault, {@link DeviceFault#NONE} when none
 * @param footswitchPressed whether the footswitch is held
 * @param setpoint parameters in force
 */
public record DeviceStatus(LaserState state, Set<Interlock> openInterlocks, DeviceFault fault,
                           boolean footswitchPressed, Setpoint setpoint) {
    public DeviceStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(setpoint, "setpoint");
        EnumSet<Interlock> copy = EnumSet.noneOf(Interlock.class);
        copy.addAll(openInterlocks);
        openInterlocks = Collections.unmodifiableSet(copy);
    }
}
