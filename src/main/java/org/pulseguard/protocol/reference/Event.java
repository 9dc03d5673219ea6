package org.pulseguard.protocol.reference;

import java.util.Map;

/**
 * Unsolicited events from device to host, types 0x41..0x45 (docs/protocol/reference-laser.md
 * section 5.2). An event's frame carries the device's own event counter as its sequence number.
 */
public sealed interface Event extends ReferenceMessage {

    /** 0x41: {@code u32 lifetime pulses, u32 user pulses, u32 measured energy uJ}. */
    record Pulse(long lifetimePulses, long userPulses, long measuredEnergyMicrojoules) implements Event {
        public Pulse {
            Fields.u32("lifetimePulses", lifetimePulses);
            Fields.u32("userPulses", userPulses);
            Fields.u32("measuredEnergyMicrojoules", measuredEnergyMicrojoules);
        }
        @Override public MessageType type() { return MessageType.PULSE; }
        @Override public void writePayload(PayloadWriter out) {
            out.u32(lifetimePulses).u32(userPulses).u32(measuredEnergyMicrojoules);
        }
        @Override public Map<String, Object> fields() {
            return Fields.map("lifetimePulses", lifetimePulses, "userPulses", userPulses,
                    "measuredEnergyMicrojoules", measuredEnergyMicrojoules);
        }
    }

    /** 0x42: {@code u8 from, u8 to, u8 cause}. */
    record StateChanged(WireState from, WireState to, WireCause cause) implements Event {
        public StateChanged {
            java.util.Objects.requireNonNull(from, "from");
            java.util.Objects.requireNonNull(to, "to");
            java.util.Objects.requireNonNull(cause, "cause");
        }
        @Override public MessageType type() { return MessageType.STATE_CHANGED; }
        @Override public void writePayload(PayloadWriter out) { out.u8(from.code()).u8(to.code()).u8(cause.code()); }
        @Override public Map<String, Object> fields() {
            return Fields.map("from", from.code(), "to", to.code(), "cause", cause.code());
        }
    }

    /** 0x43: {@code u8 interlocks} (open bits). */
    record InterlocksChanged(int interlocks) implements Event {
        public InterlocksChanged {
            Fields.interlocks(interlocks);
        }
        @Override public MessageType type() { return MessageType.INTERLOCKS_CHANGED; }
        @Override public void writePayload(PayloadWriter out) { out.u8(interlocks); }
        @Override public Map<String, Object> fields() { return Fields.map("interlocks", interlocks); }
    }

    /** 0x44: {@code u8 fault} now latched (0 = cleared). */
    record FaultChanged(WireFault fault) implements Event {
        public FaultChanged {
            java.util.Objects.requireNonNull(fault, "fault");
        }
        @Override public MessageType type() { return MessageType.FAULT_CHANGED; }
        @Override public void writePayload(PayloadWriter out) { out.u8(fault.code()); }
        @Override public Map<String, Object> fields() { return Fields.map("fault", fault.code()); }
    }

    /** 0x45: {@code u8 pressed}. */
    record FootswitchChanged(boolean pressed) implements Event {
        @Override public MessageType type() { return MessageType.FOOTSWITCH_CHANGED; }
        @Override public void writePayload(PayloadWriter out) { out.u8(pressed ? 1 : 0); }
        @Override public Map<String, Object> fields() { return Fields.map("pressed", pressed ? 1 : 0); }
    }
}
