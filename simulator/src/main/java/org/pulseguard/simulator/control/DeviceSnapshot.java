package org.pulseguard.simulator.control;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pulseguard.protocol.reference.WireInterlock;
import org.pulseguard.simulator.fault.FaultKind;
import org.pulseguard.simulator.link.SimulatorLinkStatistics;
import org.pulseguard.simulator.model.ModelSnapshot;

/**
 * The reference laser simulator's true state at one instant: the unit (state, interlocks, fault,
 * footswitch, setpoint, counters, last measured energy, watchdog expiries), the link (requests,
 * duplicates, NAKs, pending link faults) and the faults exercised so far with their counts. The
 * dialect-neutral reading ({@link UnitSnapshot}) is derived from them. Immutable.
 *
 * @param device the unit
 * @param link the protocol server's tallies
 * @param faultsExercised how often each injected fault acted (kinds that never acted are absent)
 */
public record DeviceSnapshot(ModelSnapshot device, SimulatorLinkStatistics link, Map<FaultKind, Long> faultsExercised)
        implements UnitSnapshot {
    public DeviceSnapshot {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(link, "link");
        faultsExercised = Map.copyOf(faultsExercised);
    }

    @Override
    public String dialect() {
        return "reference";
    }

    /** OFF, WARM_UP, STANDBY, READY, EMISSION as OFF, WARMING_UP, STANDBY, ARMED, EMITTING. */
    @Override
    public UnitState unitState() {
        switch (device.state()) {
            case OFF:
                return UnitState.OFF;
            case WARM_UP:
                return UnitState.WARMING_UP;
            case STANDBY:
                return UnitState.STANDBY;
            case READY:
                return UnitState.ARMED;
            default:
                return UnitState.EMITTING;
        }
    }

    @Override
    public Set<InterlockInput> openInputs() {
        Set<InterlockInput> open = EnumSet.noneOf(InterlockInput.class);
        for (InterlockInput input : InterlockInput.values()) {
            WireInterlock wire = SimulatorControl.wireInterlock(input);
            if (device.openInterlocks().contains(wire)) {
                open.add(input);
            }
        }
        return Set.copyOf(open);
    }

    @Override
    public boolean footswitchPressed() {
        return device.footswitchPressed();
    }

    @Override
    public long emittedPulses() {
        return device.pulsesEmitted();
    }

    /** The lifetime counter. */
    @Override
    public long pulseCounter() {
        return device.lifetimePulses();
    }

    @Override
    public double energyMillijoules() {
        return device.setpoint().energyMicrojoules() / 1000.0;
    }

    @Override
    public double lastPulseEnergyMillijoules() {
        return device.lastMeasuredEnergyMicrojoules() / 1000.0;
    }

    @Override
    public double rateHertz() {
        return device.setpoint().rateMillihertz() / 1000.0;
    }

    @Override
    public long watchdogExpiries() {
        return device.watchdogExpiries();
    }
}
