package org.pulseguard.protocol.reference;

import java.util.Map;

/**
 * Requests from host to device, types 0x01..0x3F (docs/protocol/reference-laser.md section 5.1).
 * Each is answered by its reply type ({@code type | 0x80}) or by {@link Reply.Refused}.
 */
public sealed interface Request extends ReferenceMessage {

    /** Requests without a payload write nothing. */
    non-sealed interface Empty extends Request {
        @Override
        default void writePayload(PayloadWriter out) {}

        @Override
        default Map<String, Object> fields() {
            return Map.of();
        }
    }

    /** 0x01: model, serial, firmware, watchdog period and emission delay. */
    record Identify() implements Empty {
        @Override public MessageType type() { return MessageType.IDENTIFY; }
    }

    /** 0x02: state, interlocks, fault, footswitch and setpoint. */
    record GetStatus() implements Empty {
        @Override public MessageType type() { return MessageType.GET_STATUS; }
    }

    /** 0x03: payload {@code u32 energy uJ}. */
    record SetEnergy(long energyMicrojoules) implements Request {
        public SetEnergy {
            Fields.u32("energyMicrojoules", energyMicrojoules);
        }
        @Override public MessageType type() { return MessageType.SET_ENERGY; }
        @Override public void writePayload(PayloadWriter out) { out.u32(energyMicrojoules); }
        @Override public Map<String, Object> fields() { return Fields.map("energyMicrojoules", energyMicrojoules); }
    }

    /** 0x04. */
    record GetEnergy() implements Empty {
        @Override public MessageType type() { return MessageType.GET_ENERGY; }
    }

    /** 0x05: payload {@code u16 spot diameter um}. */
    record SetSpot(int spotMicrometres) implements Request {
        public SetSpot {
            Fields.u16("spotMicrometres", spotMicrometres);
        }
        @Override public MessageType type() { return MessageType.SET_SPOT; }
        @Override public void writePayload(PayloadWriter out) { out.u16(spotMicrometres); }
        @Override public Map<String, Object> fields() { return Fields.map("spotMicrometres", spotMicrometres); }
    }

    /** 0x06. */
    record GetSpot() implements Empty {
        @Override public MessageType type() { return MessageType.GET_SPOT; }
    }

    /** 0x07: payload {@code u32 repetition rate mHz}. */
    record SetRate(long rateMillihertz) implements Request {
        public SetRate {
            Fields.u32("rateMillihertz", rateMillihertz);
        }
        @Override public MessageType type() { return MessageType.SET_RATE; }
        @Override public void writePayload(PayloadWriter out) { out.u32(rateMillihertz); }
        @Override public Map<String, Object> fields() { return Fields.map("rateMillihertz", rateMillihertz); }
    }

    /** 0x08. */
    record GetRate() implements Empty {
        @Override public MessageType type() { return MessageType.GET_RATE; }
    }

    /** 0x09: payload {@code u16 wavelength nm}. */
    record SetWavelength(int wavelengthNanometres) implements Request {
        public SetWavelength {
            Fields.u16("wavelengthNanometres", wavelengthNanometres);
        }
        @Override public MessageType type() { return MessageType.SET_WAVELENGTH; }
        @Override public void writePayload(PayloadWriter out) { out.u16(wavelengthNanometres); }
        @Override public Map<String, Object> fields() { return Fields.map("wavelengthNanometres", wavelengthNanometres); }
    }

    /** 0x0A. */
    record GetWavelength() implements Empty {
        @Override public MessageType type() { return MessageType.GET_WAVELENGTH; }
    }

    /** 0x0B: STANDBY to READY. */
    record Arm() implements Empty {
        @Override public MessageType type() { return MessageType.ARM; }
    }

    /** 0x0C: back to STANDBY. */
    record Standby() implements Empty {
        @Override public MessageType type() { return MessageType.STANDBY; }
    }

    /** 0x0D: end emission at once and latch fault EMERGENCY_STOP. */
    record EmergencyStop() implements Empty {
        @Override public MessageType type() { return MessageType.EMERGENCY_STOP; }
    }

    /** 0x0E: clear the latched fault if its cause is gone. */
    record ResetFault() implements Empty {
        @Override public MessageType type() { return MessageType.RESET_FAULT; }
    }

    /** 0x0F: feeds the device watchdog. */
    record Heartbeat() implements Empty {
        @Override public MessageType type() { return MessageType.HEARTBEAT; }
    }

    /** 0x10: lifetime and user pulse counters. */
    record ReadCounters() implements Empty {
        @Override public MessageType type() { return MessageType.READ_COUNTERS; }
    }

    /** 0x11: user pulse counter back to 0. */
    record ResetUserCounter() implements Empty {
        @Override public MessageType type() { return MessageType.RESET_USER_COUNTER; }
    }
}
