package org.pulseguard.simulator.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.pulseguard.protocol.reference.WireFault;
import org.pulseguard.protocol.reference.WireInterlock;
import org.pulseguard.protocol.reference.WireState;

/**
 * The simulated unit's true state at one instant. Immutable.
 *
 * @param state the state on the ladder
 * @param openInterlocks interlocks open (not satisfied); KEY_SWITCH open means key off
 * @param interlockBits the same as the wire's bit field
 * @param fault the latched fault, NONE if none
 * @param footswitchPressed whether the footswitch is held
 * @param setpoint the setpoint in force
 * @param lifetimePulses the lifetime counter
 * @param userPulses the user counter
 * @param pulsesEmitted pulses emitted since the simulator started (across reboots)
 * @param lastMeasuredEnergyMicrojoules the energy monitor's last reading, 0 before the first pulse
 * @param watchdogExpiries how often the watchdog expired since the simulator started
 * @param energyDriftPerMinute injected energy drift, fraction per minute
 * @param energyOffset injected energy step offset, fraction
 * @param misapplyPending whether the next SET will be applied with a different value
 */
public record ModelSnapshot(WireState state, Set<WireInterlock> openInterlocks, int interlockBits, WireFault fault,
                            boolean footswitchPressed, WireSetpoint setpoint, long lifetimePulses, long userPulses,
                            long pulsesEmitted, long lastMeasuredEnergyMicrojoules, long watchdogExpiries,
                            double energyDriftPerMinute, double energyOffset, boolean misapplyPending) {
    public ModelSnapshot {
        openInterlocks = openInterlocks.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(openInterlocks));
    }
}
