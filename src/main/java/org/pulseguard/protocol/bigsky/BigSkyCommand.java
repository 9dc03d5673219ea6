package org.pulseguard.protocol.bigsky;

import static org.pulseguard.protocol.bigsky.ArgumentRule.none;
import static org.pulseguard.protocol.bigsky.ArgumentRule.optional;
import static org.pulseguard.protocol.bigsky.ArgumentRule.optionalMinutesSeconds;
import static org.pulseguard.protocol.bigsky.ArgumentRule.optionalSigned;
import static org.pulseguard.protocol.bigsky.ArgumentRule.required;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every command of the Big Sky / CFR command table (docs/references.md#bigsky-drivers;
 * docs/protocol/bigsky.md section 3): its mnemonic, its argument rule (query form, set form) and
 * the layout of its 15-character reply. Every accepted command is answered with one reply.
 * Argument values are in the wire unit of the reply layout (volts, decijoules, centihertz, ...).
 * Immutable, thread-safe.
 */
public enum BigSkyCommand {
    SERIAL_NUMBER("SN", none(), ReplyLayout.SERIAL_NUMBER),
    COOLING_TEMPERATURE_CELSIUS("CG", none(), ReplyLayout.COOLING_TEMPERATURE_CELSIUS),
    COOLING_TEMPERATURE_FAHRENHEIT("CGF", none(), ReplyLayout.COOLING_TEMPERATURE_FAHRENHEIT),
    SOFTWARE_VERSION("X", none(), ReplyLayout.SOFTWARE_VERSION),
    SOFTWARE_DATE("DAT", none(), ReplyLayout.SOFTWARE_DATE),
    RUN_TIME("T", none(), ReplyLayout.RUN_TIME),
    TEMPERATURE_DISPLAY("NTP", optional(0, 1), ReplyLayout.TEMPERATURE_DISPLAY),
    CONFIGURATION("CFF", none(), ReplyLayout.CONFIGURATION),
    LOAD_CONFIGURATION("CFG", required(1, 4), ReplyLayout.CONFIGURATION),
    SAVE_CONFIGURATION("SAV", required(1, 4), ReplyLayout.SAVED_CONFIGURATION),
    RACK_OPTION("NPS", none(), ReplyLayout.RACK_OPTION),
    CAPACITOR_OPTION("NCA", none(), ReplyLayout.CAPACITOR_OPTION),
    LASER_TYPE("NOP", none(), ReplyLayout.LASER_TYPE),
    /** {@code R} query, {@code R0} close, {@code R1} open. */
    SHUTTER("R", optional(0, 1), ReplyLayout.SHUTTER),
    SHUTTER_AT_RUN("ROF", optional(0, 1), ReplyLayout.SHUTTER_AT_RUN),
    /** {@code P} query, {@code P0} off, {@code P1} on. */
    WATER_PUMP("P", optional(0, 1), ReplyLayout.WATER_PUMP),
    STATUS("WOR", none(), ReplyLayout.STATUS_WORD),
    /** Volts, 500..1800 (the unit's factory limits may be narrower). */
    FLASHLAMP_VOLTAGE("V", optional(500, 1800), ReplyLayout.FLASHLAMP_VOLTAGE),
    CAPACITOR_VOLTAGE_SAMPLED("VA", none(), ReplyLayout.CAPACITOR_VOLTAGE_SAMPLED),
    CAPACITOR_VOLTAGE_INSTANT("VT", none(), ReplyLayout.CAPACITOR_VOLTAGE_INSTANT),
    /** Decijoules (J x 10), 70..230. */
    FLASHLAMP_ENERGY("ENE", optional(70, 230), ReplyLayout.FLASHLAMP_ENERGY),
    /** Tenths of a microfarad, 270..330. */
    CAPACITANCE("CAP", optional(270, 330), ReplyLayout.CAPACITANCE),
    /** Centihertz (Hz x 100), 1..9999. */
    LAMP_RATE("F", optional(1, 9999), ReplyLayout.LAMP_RATE),
    /** 0 = internal, 1 = external. */
    LAMP_TRIGGER("LPM", optional(0, 1), ReplyLayout.LAMP_TRIGGER),
    LAMP_COUNTER("C", none(), ReplyLayout.LAMP_COUNTER),
    /** {@code UC} query, {@code UC0} reset. */
    LAMP_USER_COUNTER("UC", optional(0, 0), ReplyLayout.LAMP_USER_COUNTER),
    LAMP_START("A", none(), ReplyLayout.STATUS_WORD),
    LAMP_STOP("S", none(), ReplyLayout.STATUS_WORD),
    LAMP_SIMMER("M", none(), ReplyLayout.STATUS_WORD),
    LAMP_INTERLOCKS("IF", none(), ReplyLayout.LAMP_INTERLOCKS),
    LAMP_INTERLOCKS_2("IF2", none(), ReplyLayout.LAMP_INTERLOCKS_2),
    /** 0 = auto, 1 = burst, 2 = external. */
    QSWITCH_MODE("QSM", optional(0, 2), ReplyLayout.QSWITCH_MODE),
    QSWITCH_DIVIDER("QSF", optional(1, 99), ReplyLayout.QSWITCH_DIVIDER),
    QSWITCH_BURST_COUNT("QSP", optional(1, 999), ReplyLayout.QSWITCH_BURST_COUNT),
    QSWITCH_AT_RUN("QOF", optional(0, 1), ReplyLayout.QSWITCH_AT_RUN),
    QSWITCH_COUNTER("CQ", none(), ReplyLayout.QSWITCH_COUNTER),
    /** {@code UCQ} query, {@code UCQ0} reset. */
    QSWITCH_USER_COUNTER("UCQ", optional(0, 0), ReplyLayout.QSWITCH_USER_COUNTER),
    /** Microseconds, 80..999 (the unit's factory limits may be narrower). */
    QSWITCH_DELAY("W", optional(80, 999), ReplyLayout.QSWITCH_DELAY),
    QSWITCH_DELAY_MINIMUM("WMN", none(), ReplyLayout.QSWITCH_DELAY_MINIMUM),
    QSWITCH_DELAY_MAXIMUM("WMX", none(), ReplyLayout.QSWITCH_DELAY_MAXIMUM),
    /** Microseconds, 0..250; below 30 selects one pulse (CFR200 docstring). */
    DOUBLE_PULSE_DELAY("WD", optional(0, 250), ReplyLayout.DOUBLE_PULSE_DELAY),
    /** Nanoseconds, -500..+500, always written with a sign. */
    QSWITCH_SYNC_SHIFT("VQ", optionalSigned(-500, 500), ReplyLayout.QSWITCH_SYNC_SHIFT),
    QSWITCH_WAIT("QSW", none(), ReplyLayout.QSWITCH_WAIT),
    QSWITCH_RAMP("QSR", none(), ReplyLayout.QSWITCH_RAMP),
    QSWITCH_MINIMUM_TEMPERATURE("TQN", none(), ReplyLayout.QSWITCH_MINIMUM_TEMPERATURE),
    QSWITCH_RAMP_STEP("QSS", none(), ReplyLayout.QSWITCH_RAMP_STEP),
    QSWITCH_START("PQ", none(), ReplyLayout.STATUS_WORD),
    QSWITCH_STOP("SQ", none(), ReplyLayout.STATUS_WORD),
    QSWITCH_SINGLE("OQ", none(), ReplyLayout.STATUS_WORD),
    QSWITCH_INTERLOCKS("IQ", none(), ReplyLayout.QSWITCH_INTERLOCKS),
    HARMONIC_AT_TEMPERATURE("IHG", none(), ReplyLayout.HARMONIC_AT_TEMPERATURE),
    TIMEOUT_FUNCTION("L", optional(0, 1), ReplyLayout.TIMEOUT_FUNCTION),
    /** Seconds, written {@code mmss}, up to 99:59. */
    SIMMER_TIMEOUT_PRESET("CLS", optionalMinutesSeconds(), ReplyLayout.SIMMER_TIMEOUT_PRESET),
    FIRING_TIMEOUT_PRESET("CLC", optionalMinutesSeconds(), ReplyLayout.FIRING_TIMEOUT_PRESET),
    QSWITCH_TIMEOUT_PRESET("CLQ", optionalMinutesSeconds(), ReplyLayout.QSWITCH_TIMEOUT_PRESET),
    SIMMER_TIMEOUT_COUNTER("LS", none(), ReplyLayout.SIMMER_TIMEOUT_COUNTER),
    FIRING_TIMEOUT_COUNTER("LC", none(), ReplyLayout.FIRING_TIMEOUT_COUNTER),
    QSWITCH_TIMEOUT_COUNTER("LQ", none(), ReplyLayout.QSWITCH_TIMEOUT_COUNTER);

    private static final Map<String, BigSkyCommand> BY_MNEMONIC = new HashMap<>();

    static {
        for (BigSkyCommand c : values()) {
            BY_MNEMONIC.put(c.mnemonic, c);
        }
    }

    private final String mnemonic;
    private final ArgumentRule argument;
    private final ReplyLayout replyLayout;

    BigSkyCommand(String mnemonic, ArgumentRule argument, ReplyLayout replyLayout) {
        this.mnemonic = mnemonic;
        this.argument = argument;
        this.replyLayout = replyLayout;
    }

    /** The upper-case mnemonic, for example {@code UCQ}. */
    public String mnemonic() {
        return mnemonic;
    }

    /** Whether and how the command carries an argument. */
    public ArgumentRule argument() {
        return argument;
    }

    /** The layout of the reply to every form of this command. */
    public ReplyLayout replyLayout() {
        return replyLayout;
    }

    /** The command with this exact upper-case mnemonic, if any. */
    public static Optional<BigSkyCommand> fromMnemonic(String mnemonic) {
        return Optional.ofNullable(BY_MNEMONIC.get(mnemonic));
    }
}
