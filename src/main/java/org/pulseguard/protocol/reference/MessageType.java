package org.pulseguard.protocol.reference;

import java.util.function.Function;

/**
 * Every message type of the reference laser protocol with its type byte, its name in the golden
 * vectors and its payload reader (docs/protocol/reference-laser.md section 5).
 */
public enum MessageType {
    IDENTIFY(0x01, r -> new Request.Identify()),
    GET_STATUS(0x02, r -> new Request.GetStatus()),
    SET_ENERGY(0x03, r -> new Request.SetEnergy(r.u32("energyMicrojoules"))),
    GET_ENERGY(0x04, r -> new Request.GetEnergy()),
    SET_SPOT(0x05, r -> new Request.SetSpot(r.u16("spotMicrometres"))),
    GET_SPOT(0x06, r -> new Request.GetSpot()),
    SET_RATE(0x07, r -> new Request.SetRate(r.u32("rateMillihertz"))),
    GET_RATE(0x08, r -> new Request.GetRate()),
    SET_WAVELENGTH(0x09, r -> new Request.SetWavelength(r.u16("wavelengthNanometres"))),
    GET_WAVELENGTH(0x0A, r -> new Request.GetWavelength()),
    ARM(0x0B, r -> new Request.Arm()),
    STANDBY(0x0C, r -> new Request.Standby()),
    EMERGENCY_STOP(0x0D, r -> new Request.EmergencyStop()),
    RESET_FAULT(0x0E, r -> new Request.ResetFault()),
    HEARTBEAT(0x0F, r -> new Request.Heartbeat()),
    READ_COUNTERS(0x10, r -> new Request.ReadCounters()),
    RESET_USER_COUNTER(0x11, r -> new Request.ResetUserCounter()),

    PULSE(0x41, r -> new Event.Pulse(r.u32("lifetimePulses"), r.u32("userPulses"), r.u32("measuredEnergyMicrojoules"))),
    STATE_CHANGED(0x42, r -> new Event.StateChanged(
            WireState.fromCode(r.u8("from")), WireState.fromCode(r.u8("to")), WireCause.fromCode(r.u8("cause")))),
    INTERLOCKS_CHANGED(0x43, r -> new Event.InterlocksChanged(r.u8("interlocks"))),
    FAULT_CHANGED(0x44, r -> new Event.FaultChanged(WireFault.fromCode(r.u8("fault")))),
    FOOTSWITCH_CHANGED(0x45, r -> new Event.FootswitchChanged(flag(r.u8("pressed"), "pressed"))),

    NAK(0x7F, r -> new Nak(r.u8("reason"))),

    IDENTITY(0x81, r -> new Reply.Identity(r.string("model"), r.string("serial"), r.string("firmware"),
            r.u16("watchdogPeriodMillis"), r.u16("emissionDelayMillis"))),
    STATUS(0x82, r -> new Reply.Status(WireState.fromCode(r.u8("state")), r.u8("interlocks"),
            WireFault.fromCode(r.u8("fault")), flag(r.u8("footswitchPressed"), "footswitchPressed"),
            r.u32("energyMicrojoules"), r.u16("spotMicrometres"), r.u32("rateMillihertz"),
            r.u16("wavelengthNanometres"))),
    ENERGY_SET(0x83, r -> new Reply.Energy(true, r.u32("energyMicrojoules"))),
    ENERGY(0x84, r -> new Reply.Energy(false, r.u32("energyMicrojoules"))),
    SPOT_SET(0x85, r -> new Reply.Spot(true, r.u16("spotMicrometres"))),
    SPOT(0x86, r -> new Reply.Spot(false, r.u16("spotMicrometres"))),
    RATE_SET(0x87, r -> new Reply.Rate(true, r.u32("rateMillihertz"))),
    RATE(0x88, r -> new Reply.Rate(false, r.u32("rateMillihertz"))),
    WAVELENGTH_SET(0x89, r -> new Reply.Wavelength(true, r.u16("wavelengthNanometres"))),
    WAVELENGTH(0x8A, r -> new Reply.Wavelength(false, r.u16("wavelengthNanometres"))),
    ARM_DONE(0x8B, null),
    STANDBY_DONE(0x8C, null),
    EMERGENCY_STOP_DONE(0x8D, null),
    FAULT_RESET_DONE(0x8E, r -> new Reply.FaultAfterReset(WireFault.fromCode(r.u8("fault")))),
    HEARTBEAT_DONE(0x8F, null),
    COUNTERS(0x90, r -> new Reply.Counters(false, r.u32("lifetimePulses"), r.u32("userPulses"))),
    USER_COUNTER_RESET_DONE(0x91, r -> new Reply.Counters(true, r.u32("lifetimePulses"), r.u32("userPulses"))),
    REFUSED(0xE0, r -> new Reply.Refused(r.u8("requestType"), WireError.fromCode(r.u8("errorCode"))));

    private static final MessageType[] BY_CODE = new MessageType[256];

    static {
        for (MessageType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final int code;
    /** Null for the four state-carrying replies, which {@link #read} builds with their own type. */
    private final Function<PayloadReader, ReferenceMessage> reader;

    MessageType(int code, Function<PayloadReader, ReferenceMessage> reader) {
        this.code = code;
        this.reader = reader;
    }

    /** The type byte on the wire. */
    public int code() {
        return code;
    }

    /** True for host-to-device requests (0x01..0x3F). */
    public boolean isRequest() {
        return code >= 0x01 && code <= 0x3F;
    }

    /** True for unsolicited device events (0x40..0x5F). */
    public boolean isEvent() {
        return code >= 0x40 && code <= 0x5F;
    }

    /** For a request, the type of its successful reply ({@code code | 0x80}); otherwise throws. */
    public MessageType replyType() {
        if (!isRequest()) {
            throw new IllegalStateException(this + " is not a request");
        }
        return BY_CODE[code | 0x80];
    }

    private boolean carriesState() {
        return this == ARM_DONE || this == STANDBY_DONE || this == EMERGENCY_STOP_DONE || this == HEARTBEAT_DONE;
    }

    /** The type for {@code code}, or throws {@link ProtocolException} for an unknown one. */
    public static MessageType fromCode(int code) {
        MessageType t = code >= 0 && code < 256 ? BY_CODE[code] : null;
        if (t == null) {
            throw new ProtocolException(String.format("unknown message type 0x%02X", code));
        }
        return t;
    }

    ReferenceMessage read(byte[] payload) {
        PayloadReader r = new PayloadReader(payload);
        ReferenceMessage m = carriesState() ? new Reply.StateAfter(this, WireState.fromCode(r.u8("state"))) : reader.apply(r);
        r.end(name());
        return m;
    }

    private static boolean flag(int value, String field) {
        if (value > 1) {
            throw new ProtocolException(field + " " + value + " is neither 0 nor 1");
        }
        return value == 1;
    }
}
