package org.pulseguard.device.reference;

import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireError;
import org.pulseguard.protocol.reference.WireFault;
import org.pulseguard.protocol.reference.WireState;

/**
 * The state behind {@link FakeLaser}'s default answers: setpoint, state, fault, interlocks and
 * counters, answering each request as section 5.1 shapes it. Enforces only the 532 nm energy limit
 * (section 7); everything else tests script explicitly. Thread-safe (synchronised).
 */
final class FakeLaserModel {
    String model = "PG-REF-1";
    String serial = "SN-0001";
    int watchdogMillis = 500;
    int emissionDelayMillis = 1000;
    WireState state = WireState.STANDBY;
    WireFault fault = WireFault.NONE;
    int interlocks;
    boolean footswitch;
    long energyMicrojoules = 400_000;
    int spotMicrometres = 4_000;
    long rateMillihertz = 5_000;
    int wavelengthNanometres = 1064;
    long lifetimePulses = 1_000;
    long userPulses = 10;

    synchronized Reply answer(Request request) {
        MessageType type = request.type();
        switch (type) {
            case IDENTIFY: return new Reply.Identity(model, serial, "1.0.0", watchdogMillis, emissionDelayMillis);
            case GET_STATUS: return new Reply.Status(state, interlocks, fault, footswitch, energyMicrojoules,
                    spotMicrometres, rateMillihertz, wavelengthNanometres);
            case SET_ENERGY: return setEnergy(((Request.SetEnergy) request).energyMicrojoules());
            case GET_ENERGY: return new Reply.Energy(false, energyMicrojoules);
            case SET_SPOT:
                spotMicrometres = ((Request.SetSpot) request).spotMicrometres();
                return new Reply.Spot(true, spotMicrometres);
            case GET_SPOT: return new Reply.Spot(false, spotMicrometres);
            case SET_RATE:
                rateMillihertz = ((Request.SetRate) request).rateMillihertz();
                return new Reply.Rate(true, rateMillihertz);
            case GET_RATE: return new Reply.Rate(false, rateMillihertz);
            case SET_WAVELENGTH: return setWavelength(((Request.SetWavelength) request).wavelengthNanometres());
            case GET_WAVELENGTH: return new Reply.Wavelength(false, wavelengthNanometres);
            case ARM: return arm();
            case STANDBY:
                state = WireState.STANDBY;
                return new Reply.StateAfter(MessageType.STANDBY_DONE, state);
            case EMERGENCY_STOP:
                state = WireState.STANDBY;
                fault = WireFault.EMERGENCY_STOP;
                return new Reply.StateAfter(MessageType.EMERGENCY_STOP_DONE, state);
            case RESET_FAULT:
                fault = WireFault.NONE;
                return new Reply.FaultAfterReset(fault);
            case HEARTBEAT: return new Reply.StateAfter(MessageType.HEARTBEAT_DONE, state);
            case READ_COUNTERS: return new Reply.Counters(false, lifetimePulses, userPulses);
            case RESET_USER_COUNTER:
                userPulses = 0;
                return new Reply.Counters(true, lifetimePulses, userPulses);
            default: return new Reply.Refused(type.code(), WireError.UNKNOWN_COMMAND);
        }
    }

    private Reply setEnergy(long value) {
        long maximum = wavelengthNanometres == 532 ? 600_000 : 1_200_000;
        if (value > maximum) {
            return new Reply.Refused(MessageType.SET_ENERGY.code(), WireError.OUT_OF_RANGE);
        }
        energyMicrojoules = value;
        return new Reply.Energy(true, value);
    }

    private Reply setWavelength(int value) {
        if (value == 532 && energyMicrojoules > 600_000) {
            return new Reply.Refused(MessageType.SET_WAVELENGTH.code(), WireError.OUT_OF_RANGE);
        }
        wavelengthNanometres = value;
        return new Reply.Wavelength(true, value);
    }

    private Reply arm() {
        if (interlocks != 0) {
            return new Reply.Refused(MessageType.ARM.code(), WireError.INTERLOCK_OPEN);
        }
        state = WireState.READY;
        return new Reply.StateAfter(MessageType.ARM_DONE, state);
    }
}
