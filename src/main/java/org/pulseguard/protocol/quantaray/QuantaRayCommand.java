package org.pulseguard.protocol.quantaray;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every command of the Quanta-Ray command table (docs/references.md#quantaray-place-driver;
 * docs/protocol/quantaray.md section 3): its keyword as written on the wire (before any argument)
 * and how many reply lines it gets. Queries end in {@code ?}; set and action commands get no reply.
 * Immutable, thread-safe.
 */
public enum QuantaRayCommand {
    IDENTIFY("*IDN?", ReplyShape.LINE),
    HELP("HELP", ReplyShape.FIVE_LINES),
    ON("ON", ReplyShape.NONE),
    OFF("OFF", ReplyShape.NONE),
    /** {@code LAMP FIX|EXT|VAR|INH [rate]}. */
    LAMP("LAMP", ReplyShape.NONE),
    LAMP_RATE_QUERY("LAMP VAR?", ReplyShape.LINE),
    /** {@code QSW LONG|EXT|NORM|SING|FIR|REP}. */
    QSWITCH("QSW", ReplyShape.NONE),
    QSWITCH_QUERY("QSW?", ReplyShape.LINE),
    /** {@code ADV <us>}. */
    ADVANCED_SYNC("ADV", ReplyShape.NONE),
    ADVANCED_SYNC_QUERY("QSW ADV?", ReplyShape.LINE),
    /** {@code QSW DEL <us>}. */
    QSWITCH_DELAY("QSW DEL", ReplyShape.NONE),
    QSWITCH_DELAY_QUERY("QSW DEL?", ReplyShape.LINE),
    /** {@code OPFN <percent>}. */
    OSCILLATOR_PFN("OPFN", ReplyShape.NONE),
    /** {@code APFN <percent>}. */
    AMPLIFIER_PFN("APFN", ReplyShape.NONE),
    READ_OSCILLATOR_PFN("READ:OPFN?", ReplyShape.LINE),
    READ_AMPLIFIER_PFN("READ:APFN?", ReplyShape.LINE),
    READ_OSCILLATOR_MONITOR("READ:OMON?", ReplyShape.LINE),
    READ_AMPLIFIER_MONITOR("READ:AMON?", ReplyShape.LINE),
    READ_ADVANCED_SYNC("READ:QSWADV?", ReplyShape.LINE),
    READ_LAMP_RATE("READ:VAR?", ReplyShape.LINE),
    SHOT_COUNT("SHOT?", ReplyShape.LINE),
    /** {@code WATC <0..110>}. */
    WATCHDOG("WATC", ReplyShape.NONE),
    /** {@code ECH <0..5>}. */
    ECHO_MODE("ECH", ReplyShape.NONE),
    /** {@code BAUD <rate>}. */
    BAUD_RATE("BAUD", ReplyShape.NONE),
    STATUS("*STB?", ReplyShape.LINE),
    QUESTIONABLE("STAT:QUES?", ReplyShape.LINE),
    HISTORY("READ:HIST?", ReplyShape.HISTORY),
    /** {@code *RST?} (sic): resets the laser head PC board; no reply. */
    RESET("*RST?", ReplyShape.NONE);

    private static final Map<String, QuantaRayCommand> BY_KEYWORD = new HashMap<>();

    static {
        for (QuantaRayCommand c : values()) {
            BY_KEYWORD.put(c.keyword, c);
        }
    }

    private final String keyword;
    private final ReplyShape replyShape;

    QuantaRayCommand(String keyword, ReplyShape replyShape) {
        this.keyword = keyword;
        this.replyShape = replyShape;
    }

    /** The upper-case keyword, words separated by one space, for example {@code QSW DEL?}. */
    public String keyword() {
        return keyword;
    }

    /** How the unit answers. */
    public ReplyShape replyShape() {
        return replyShape;
    }

    /** True if the unit answers this command with at least one line. */
    public boolean expectsReply() {
        return replyShape.expectsReply();
    }

    /** True if the command carries an argument after its keyword. */
    public boolean takesArgument() {
        return replyShape == ReplyShape.NONE && this != ON && this != OFF && this != RESET;
    }

    /** The command whose keyword is exactly {@code keyword} (upper case, single spaces), if any. */
    public static Optional<QuantaRayCommand> fromKeyword(String keyword) {
        return Optional.ofNullable(BY_KEYWORD.get(keyword));
    }
}
