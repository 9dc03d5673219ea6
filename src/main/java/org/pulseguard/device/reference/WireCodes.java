package org.pulseguard.device.reference;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.pulseguard.device.DeviceEvent;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.DeviceFault;
import org.pulseguard.device.DeviceStatus;
import org.pulseguard.device.Interlock;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.RefusalReason;
import org.pulseguard.device.Setpoint;
import org.pulseguard.device.StateChangeCause;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.WireCause;
import org.pulseguard.protocol.reference.WireError;
import org.pulseguard.protocol.reference.WireFault;
import org.pulseguard.protocol.reference.WireInterlock;
import org.pulseguard.protocol.reference.WireState;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

/**
 * The one place where reference-protocol codes become dialect-neutral device types. Every switch is
 * exhaustive, so a new wire code fails the build until it is mapped. Stateless, thread-safe.
 */
final class WireCodes {
    private WireCodes() {}

    static LaserState state(WireState state) {
        return switch (state) {
            case OFF -> LaserState.OFF;
            case WARM_UP -> LaserState.WARM_UP;
            case STANDBY -> LaserState.STANDBY;
            case READY -> LaserState.READY;
            case EMISSION -> LaserState.EMISSION;
        };
    }

    static DeviceFault fault(WireFault fault) {
        return switch (fault) {
            case NONE -> DeviceFault.NONE;
            case WATCHDOG_EXPIRED -> DeviceFault.WATCHDOG_EXPIRED;
            case EMERGENCY_STOP -> DeviceFault.EMERGENCY_STOP;
            case INTERLOCK_OPENED -> DeviceFault.INTERLOCK_OPENED;
            case OVER_TEMPERATURE -> DeviceFault.OVER_TEMPERATURE;
            case ENERGY_MONITOR -> DeviceFault.ENERGY_MONITOR;
            case WATER_FLOW -> DeviceFault.WATER_FLOW;
            case INTERNAL -> DeviceFault.INTERNAL;
        };
    }

    static StateChangeCause cause(WireCause cause) {
        return switch (cause) {
            case POWER -> StateChangeCause.POWER;
            case WARM_UP_COMPLETE -> StateChangeCause.WARM_UP_COMPLETE;
            case HOST_COMMAND -> StateChangeCause.HOST_COMMAND;
            case FOOTSWITCH -> StateChangeCause.FOOTSWITCH;
            case WATCHDOG -> StateChangeCause.WATCHDOG;
            case INTERLOCK -> StateChangeCause.INTERLOCK;
            case FAULT -> StateChangeCause.FAULT;
            case EMERGENCY_STOP -> StateChangeCause.EMERGENCY_STOP;
        };
    }

    static RefusalReason refusal(WireError error) {
        return switch (error) {
            case WRONG_STATE -> RefusalReason.WRONG_STATE;
            case OUT_OF_RANGE -> RefusalReason.OUT_OF_RANGE;
            case INTERLOCK_OPEN -> RefusalReason.INTERLOCK_OPEN;
            case FAULT_LATCHED -> RefusalReason.FAULT_LATCHED;
            case FOOTSWITCH_PRESSED -> RefusalReason.FOOTSWITCH_PRESSED;
            case UNKNOWN_COMMAND -> RefusalReason.UNKNOWN_COMMAND;
            case BAD_PAYLOAD -> RefusalReason.BAD_PAYLOAD;
            case OFF_STEP -> RefusalReason.OFF_STEP;
        };
    }

    static Interlock interlock(WireInterlock interlock) {
        return switch (interlock) {
            case KEY_SWITCH -> Interlock.KEY_SWITCH;
            case REMOTE -> Interlock.REMOTE;
            case COVER -> Interlock.COVER;
            case WATER_FLOW -> Interlock.WATER_FLOW;
            case TEMPERATURE -> Interlock.TEMPERATURE;
            case EMERGENCY_STOP_BUTTON -> Interlock.EMERGENCY_STOP_BUTTON;
        };
    }

    /** The open interlocks in a wire bit field (already checked for reserved bits by the codec). */
    static Set<Interlock> interlocks(int bits) {
        Set<Interlock> open = EnumSet.noneOf(Interlock.class);
        for (WireInterlock wire : WireInterlock.fromBits(bits)) {
            open.add(interlock(wire));
        }
        return open;
    }

    static DeviceStatus status(Reply.Status status) throws DeviceException {
        Setpoint setpoint = setpoint(status.energyMicrojoules(), status.spotMicrometres(), status.rateMillihertz(),
                status.wavelengthNanometres());
        return new DeviceStatus(state(status.state()), interlocks(status.interlocks()), fault(status.fault()),
                status.footswitchPressed(), setpoint);
    }

    /** A setpoint from wire units; a value no quantity can hold (a zero spot) is a protocol error. */
    static Setpoint setpoint(long energyMicrojoules, int spotMicrometres, long rateMillihertz, int wavelengthNanometres)
            throws DeviceException {
        try {
            return new Setpoint(new PulseEnergy(energyMicrojoules), new SpotDiameter(spotMicrometres),
                    new RepetitionRate(rateMillihertz), new Wavelength(wavelengthNanometres));
        } catch (IllegalArgumentException e) {
            throw new DeviceException(DeviceException.Reason.PROTOCOL_ERROR,
                    "unit reported an impossible setpoint: " + e.getMessage(), e);
        }
    }

    static DeviceEvent event(Event event, Instant at) {
        if (event instanceof Event.Pulse p) {
            return new DeviceEvent.PulseEmitted(at, p.lifetimePulses(), p.userPulses(),
                    new PulseEnergy(p.measuredEnergyMicrojoules()));
        }
        if (event instanceof Event.StateChanged s) {
            return new DeviceEvent.StateChanged(at, state(s.from()), state(s.to()), cause(s.cause()));
        }
        if (event instanceof Event.InterlocksChanged i) {
            return new DeviceEvent.InterlocksChanged(at, interlocks(i.interlocks()));
        }
        if (event instanceof Event.FaultChanged f) {
            return new DeviceEvent.FaultChanged(at, fault(f.fault()), "FAULT_CHANGED fault code " + f.fault().code());
        }
        if (event instanceof Event.FootswitchChanged f) {
            return new DeviceEvent.FootswitchChanged(at, f.pressed());
        }
        throw new IllegalArgumentException("no device event for " + event.type());
    }
}
