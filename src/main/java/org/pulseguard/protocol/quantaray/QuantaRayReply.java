package org.pulseguard.protocol.quantaray;

import java.util.List;

/**
 * A Quanta-Ray reply: the typed content of the line or lines that answer one query
 * (docs/references.md#quantaray-place-driver; docs/protocol/quantaray.md section 4). Each record validates in
 * its constructor and writes its lines, without terminators, with {@link #lines()}. Formats marked
 * [inferred] are this project's choice where the sources show only that a line comes back.
 * Records are immutable and thread-safe.
 */
public sealed interface QuantaRayReply permits QuantaRayReply.Identity, QuantaRayReply.HelpText,
        QuantaRayReply.LampRate, QuantaRayReply.QswitchSetting, QuantaRayReply.SyncDelay, QuantaRayReply.PfnPercent,
        QuantaRayReply.ShotCount, StatusRegister, QuestionableRegister, ErrorHistory, QuantaRayReply.DeviceError {

    /** The reply's lines, without terminators. */
    List<String> lines();

    /** {@code *IDN?}: one line of free text (must not start with {@code ERROR}). */
    record Identity(String text) implements QuantaRayReply {
        public Identity {
            QuantaRayLimits.printable("identity", text);
            if (text.startsWith(DeviceError.PREFIX)) {
                throw new QuantaRayProtocolException("identity '" + text + "' would read as an error line");
            }
        }

        @Override public List<String> lines() { return List.of(text); }
    }

    /** {@code HELP}: exactly five non-empty lines of text. */
    record HelpText(List<String> lines) implements QuantaRayReply {
        public HelpText {
            lines = List.copyOf(lines);
            if (lines.size() != 5) {
                throw new QuantaRayProtocolException("HELP has 5 lines, not " + lines.size());
            }
            lines.forEach(line -> QuantaRayLimits.printable("help line", line));
        }
    }

    /** {@code LAMP VAR?}, {@code READ:VAR?}: rate in Hz with two decimals, {@code 10.00}. [inferred] */
    record LampRate(int centihertz) implements QuantaRayReply {
        public LampRate {
            QuantaRayLimits.check("centihertz", centihertz, 0, QuantaRayLimits.MAX_RATE_CENTIHERTZ);
        }

        @Override public List<String> lines() { return List.of(DecimalText.fixed(centihertz, 2)); }
    }

    /** {@code QSW?}: the mode word in force, {@code LONG EXT NORM SING REP}. [inferred] */
    record QswitchSetting(QswitchAction mode) implements QuantaRayReply {
        public QswitchSetting {
            if (mode == null || !mode.isMode()) {
                throw new QuantaRayProtocolException("Q-switch mode " + mode + " is not a mode");
            }
        }

        @Override public List<String> lines() { return List.of(mode.name()); }
    }

    /** {@code QSW ADV?}, {@code QSW DEL?}, {@code READ:QSWADV?}: microseconds, {@code 150}. [inferred] */
    record SyncDelay(int microseconds) implements QuantaRayReply {
        public SyncDelay {
            QuantaRayLimits.check("microseconds", microseconds, 0, QuantaRayLimits.MAX_DELAY_MICROSECONDS);
        }

        @Override public List<String> lines() { return List.of(Integer.toString(microseconds)); }
    }

    /**
     * {@code READ:OPFN? READ:APFN? READ:OMON? READ:AMON?}: percent of full scale with one decimal and
     * a unit, {@code 55.0 %}. PLACE reads the first space-separated token. [format inferred]
     */
    record PfnPercent(int tenthsPercent) implements QuantaRayReply {
        public PfnPercent {
            QuantaRayLimits.check("tenthsPercent", tenthsPercent, 0, QuantaRayLimits.MAX_TENTHS_PERCENT);
        }

        @Override public List<String> lines() { return List.of(DecimalText.fixed(tenthsPercent, 1) + " %"); }
    }

    /** {@code SHOT?}: shot count, a decimal integer 0..2^32-1. [range inferred] */
    record ShotCount(long shots) implements QuantaRayReply {
        public ShotCount {
            QuantaRayLimits.check("shots", shots, 0, QuantaRayLimits.MAX_UNSIGNED_32);
        }

        @Override public List<String> lines() { return List.of(Long.toString(shots)); }
    }

    /**
     * The line a unit in echo mode 2 sends for a refused command: {@code ERROR <code> <message>}.
     * [format inferred]
     *
     * @param code 1..999, see {@link RequestError}
     * @param message printable text
     */
    record DeviceError(int code, String message) implements QuantaRayReply {
        /** How every error line starts. */
        public static final String PREFIX = "ERROR";

        public DeviceError {
            QuantaRayLimits.check("code", code, 1, 999);
            QuantaRayLimits.printable("message", message);
        }

        /** The error line for {@code error}, for example {@code ERROR 1 UNKNOWN COMMAND}. */
        public static DeviceError of(RequestError error) {
            return new DeviceError(error.code(), error.name().replace('_', ' '));
        }

        @Override public List<String> lines() { return List.of(PREFIX + " " + code + " " + message); }
    }
}
