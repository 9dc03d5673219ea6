package org.pulseguard.protocol.reference;

import java.util.Map;

/**
 * Replies from device to host, type {@code request | 0x80}, and the refusal 0xE0
 * (docs/protocol/reference-laser.md section 5.1). A reply's frame carries the request's sequence number.
 */
public sealed interface Reply extends ReferenceMessage {

    /** 0x81: payload {@code str model, str serial, str firmware, u16 watchdog ms, u16 emission delay ms}. */
    record Identity(String model, String serial, String firmware, int watchdogPeriodMillis, int emissionDelayMillis)
            implements Reply {
        public Identity {
            Fields.string("model", model);
            Fields.string("serial", serial);
            Fields.string("firmware", firmware);
            Fields.u16("watchdogPeriodMillis", watchdogPeriodMillis);
            Fields.u16("emissionDelayMillis", emissionDelayMillis);
        }
        @Override public MessageType type() { return MessageType.IDENTITY; }
        @Override public void writePayload(PayloadWriter out) {
            out.string(model).string(serial).string(firmware).u16(watchdogPeriodMillis).u16(emissionDelayMillis);
        }
        @Override public Map<String, Object> fields() {
            return Fields.map("model", model, "serial", serial, "firmware", firmware,
                    "watchdogPeriodMillis", watchdogPeriodMillis, "emissionDelayMillis", emissionDelayMillis);
        }
    }

    /**
     * 0x82: payload {@code u8 state, u8 interlocks, u8 fault, u8 footswitch, u32 energy uJ, u16 spot um,
     * u32 rate mHz, u16 wavelength nm} (16 bytes).
     */
    record Status(WireState state, int interlocks, WireFault fault, boolean footswitchPressed, long energyMicrojoules,
                  int spotMicrometres, long rateMillihertz, int wavelengthNanometres) implements Reply {
        public Status {
            java.util.Objects.requireNonNull(state, "state");
            java.util.Objects.requireNonNull(fault, "fault");
            Fields.interlocks(interlocks);
            Fields.u32("energyMicrojoules", energyMicrojoules);
            Fields.u16("spotMicrometres", spotMicrometres);
            Fields.u32("rateMillihertz", rateMillihertz);
            Fields.u16("wavelengthNanometres", wavelengthNanometres);
        }
        @Override public MessageType type() { return MessageType.STATUS; }
        @Override public void writePayload(PayloadWriter out) {
            out.u8(state.code()).u8(interlocks).u8(fault.code()).u8(footswitchPressed ? 1 : 0)
                    .u32(energyMicrojoules).u16(spotMicrometres).u32(rateMillihertz).u16(wavelengthNanometres);
        }
        @Override public Map<String, Object> fields() {
            return Fields.map("state", state.code(), "interlocks", interlocks, "fault", fault.code(),
                    "footswitchPressed", footswitchPressed ? 1 : 0, "energyMicrojoules", energyMicrojoules,
                    "spotMicrometres", spotMicrometres, "rateMillihertz", rateMillihertz,
                    "wavelengthNanometres", wavelengthNanometres);
        }
    }

    /** 0x83 (after SET_ENERGY) and 0x84 (after GET_ENERGY): {@code u32 energy uJ} in force. */
    record Energy(boolean afterSet, long energyMicrojoules) implements Reply {
        public Energy {
            Fields.u32("energyMicrojoules", energyMicrojoules);
        }
        @Override public MessageType type() { return afterSet ? MessageType.ENERGY_SET : MessageType.ENERGY; }
        @Override public void writePayload(PayloadWriter out) { out.u32(energyMicrojoules); }
        @Override public Map<String, Object> fields() { return Fields.map("energyMicrojoules", energyMicrojoules); }
    }

    /** 0x85 (after SET_SPOT) and 0x86 (after GET_SPOT): {@code u16 spot um} in force. */
    record Spot(boolean afterSet, int spotMicrometres) implements Reply {
        public Spot {
            Fields.u16("spotMicrometres", spotMicrometres);
        }
        @Override public MessageType type() { return afterSet ? MessageType.SPOT_SET : MessageType.SPOT; }
        @Override public void writePayload(PayloadWriter out) { out.u16(spotMicrometres); }
        @Override public Map<String, Object> fields() { return Fields.map("spotMicrometres", spotMicrometres); }
    }

    /** 0x87 (after SET_RATE) and 0x88 (after GET_RATE): {@code u32 rate mHz} in force. */
    record Rate(boolean afterSet, long rateMillihertz) implements Reply {
        public Rate {
            Fields.u32("rateMillihertz", rateMillihertz);
        }
        @Override public MessageType type() { return afterSet ? MessageType.RATE_SET : MessageType.RATE; }
        @Override public void writePayload(PayloadWriter out) { out.u32(rateMillihertz); }
        @Override public Map<String, Object> fields() { return Fields.map("rateMillihertz", rateMillihertz); }
    }

    /** 0x89 (after SET_WAVELENGTH) and 0x8A (after GET_WAVELENGTH): {@code u16 nm} in force. */
    record Wavelength(boolean afterSet, int wavelengthNanometres) implements Reply {
        public Wavelength {
            Fields.u16("wavelengthNanometres", wavelengthNanometres);
        }
        @Override public MessageType type() { return afterSet ? MessageType.WAVELENGTH_SET : MessageType.WAVELENGTH; }
        @Override public void writePayload(PayloadWriter out) { out.u16(wavelengthNanometres); }
        @Override public Map<String, Object> fields() { return Fields.map("wavelengthNanometres", wavelengthNanometres); }
    }

    /**
     * 0x8B ARM_DONE, 0x8C STANDBY_DONE, 0x8D EMERGENCY_STOP_DONE, 0x8F HEARTBEAT_DONE:
     * {@code u8 state} after the command.
     *
     * @param type one of those four types
     */
    record StateAfter(MessageType type, WireState state) implements Reply {
        public StateAfter {
            if (type != MessageType.ARM_DONE && type != MessageType.STANDBY_DONE
                    && type != MessageType.EMERGENCY_STOP_DONE && type != MessageType.HEARTBEAT_DONE) {
                throw new ProtocolException(type + " does not carry a state");
            }
            java.util.Objects.requireNonNull(state, "state");
        }
        @Override public void writePayload(PayloadWriter out) { out.u8(state.code()); }
        @Override public Map<String, Object> fields() { return Fields.map("state", state.code()); }
    }

    /** 0x8E: {@code u8 fault} still latched after RESET_FAULT (0 = none). */
    record FaultAfterReset(WireFault fault) implements Reply {
        public FaultAfterReset {
            java.util.Objects.requireNonNull(fault, "fault");
        }
        @Override public MessageType type() { return MessageType.FAULT_RESET_DONE; }
        @Override public void writePayload(PayloadWriter out) { out.u8(fault.code()); }
        @Override public Map<String, Object> fields() { return Fields.map("fault", fault.code()); }
    }

    /** 0x90 (after READ_COUNTERS) and 0x91 (after RESET_USER_COUNTER): {@code u32 lifetime, u32 user}. */
    record Counters(boolean afterReset, long lifetimePulses, long userPulses) implements Reply {
        public Counters {
            Fields.u32("lifetimePulses", lifetimePulses);
            Fields.u32("userPulses", userPulses);
        }
        @Override public MessageType type() {
            return afterReset ? MessageType.USER_COUNTER_RESET_DONE : MessageType.COUNTERS;
        }
        @Override public void writePayload(PayloadWriter out) { out.u32(lifetimePulses).u32(userPulses); }
        @Override public Map<String, Object> fields() {
            return Fields.map("lifetimePulses", lifetimePulses, "userPulses", userPulses);
        }
    }

    /** 0xE0: {@code u8 request type, u8 error code}. */
    record Refused(int requestType, WireError error) implements Reply {
        public Refused {
            Fields.u8("requestType", requestType);
            java.util.Objects.requireNonNull(error, "error");
        }
        @Override public MessageType type() { return MessageType.REFUSED; }
        @Override public void writePayload(PayloadWriter out) { out.u8(requestType).u8(error.code()); }
        @Override public Map<String, Object> fields() {
            return Fields.map("requestType", requestType, "errorCode", error.code());
        }
    }
}
