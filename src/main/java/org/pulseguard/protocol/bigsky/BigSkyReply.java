package org.pulseguard.protocol.bigsky;

/**
 * A Big Sky reply: the typed content of one 15-character field (docs/references.md#bigsky-drivers;
 * docs/protocol/bigsky.md section 4). Each record validates its values in its
 * constructor and renders itself at the template's fixed columns with {@link #field()}. Records
 * are immutable and thread-safe.
 */
public sealed interface BigSkyReply permits BigSkyReply.NumericReading, BigSkyReply.Shutter, StatusWord,
        InterlockField, BigSkyReply.SoftwareVersion, BigSkyReply.SoftwareDate, BigSkyReply.RunTime,
        BigSkyReply.Countdown {

    /** The template this reply is laid out by. */
    ReplyLayout layout();

    /** The 15-character field, without the leading CR LF. */
    String field();

    /**
     * A single integer at fixed columns, in the wire unit named on its layout (volts, decijoules,
     * centihertz, microseconds, nanoseconds, counts, or a 0/1 switch or option code).
     *
     * @param layout a {@link ReplyLayout.Family#NUMERIC} layout
     * @param value in {@code layout.min()..layout.max()}
     */
    record NumericReading(ReplyLayout layout, int value) implements BigSkyReply {
        public NumericReading {
            if (layout == null || layout.family() != ReplyLayout.Family.NUMERIC) {
                throw new BigSkyProtocolException("layout " + layout + " does not hold a single number");
            }
            if (value < layout.min() || value > layout.max()) {
                throw new BigSkyProtocolException(layout + " value " + value + " outside " + layout.min() + ".." + layout.max());
            }
        }

        @Override
        public String field() {
            return layout.template().render(value);
        }
    }

    /** {@code shutter opened } / {@code shutter closed }: reply to {@code R}, {@code R0}, {@code R1}. */
    record Shutter(boolean open) implements BigSkyReply {
        static Shutter fromWord(String word) {
            switch (word) {
                case "opened":
                    return new Shutter(true);
                case "closed":
                    return new Shutter(false);
                default:
                    throw new BigSkyProtocolException("shutter word '" + word + "' is neither opened nor closed");
            }
        }

        @Override
        public ReplyLayout layout() {
            return ReplyLayout.SHUTTER;
        }

        @Override
        public String field() {
            return layout().template().render(open ? "opened" : "closed");
        }
    }

    /**
     * {@code X}: software name (seven printable characters, spaces kept) and version {@code d.dd}.
     *
     * @param name exactly seven printable ASCII characters
     * @param major 0..9
     * @param minor hundredths, 0..99
     */
    record SoftwareVersion(String name, int major, int minor) implements BigSkyReply {
        public SoftwareVersion {
            if (name == null || name.length() != 7 || !name.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
                throw new BigSkyProtocolException("software name '" + name + "' is not 7 printable characters");
            }
            check("major", major, 0, 9);
            check("minor", minor, 0, 99);
        }

        static SoftwareVersion fromSlots(String name, int version) {
            return new SoftwareVersion(name, version / 100, version % 100);
        }

        @Override
        public ReplyLayout layout() {
            return ReplyLayout.SOFTWARE_VERSION;
        }

        @Override
        public String field() {
            return layout().template().render(name, major * 100 + minor);
        }
    }

    /** {@code DAT}: software date {@code dd/mm/yy} (day/month/year per the CFR200 docstring). */
    record SoftwareDate(int day, int month, int year) implements BigSkyReply {
        public SoftwareDate {
            check("day", day, 1, 31);
            check("month", month, 1, 12);
            check("year", year, 0, 99);
        }

        @Override
        public ReplyLayout layout() {
            return ReplyLayout.SOFTWARE_DATE;
        }

        @Override
        public String field() {
            return layout().template().render(day, month, year);
        }
    }

    /** {@code T}: run-time counter, hours 0..9999 and minutes 0..59. */
    record RunTime(int hours, int minutes) implements BigSkyReply {
        public RunTime {
            check("hours", hours, 0, 9999);
            check("minutes", minutes, 0, 59);
        }

        @Override
        public ReplyLayout layout() {
            return ReplyLayout.RUN_TIME;
        }

        @Override
        public String field() {
            return layout().template().render(hours, minutes);
        }
    }

    /**
     * A time-out preset or counter {@code mm:ss} ({@code CLS CLC CLQ LS LC LQ}, section 1.9).
     *
     * @param layout a {@link ReplyLayout.Family#COUNTDOWN} layout
     * @param seconds total seconds, 0..5999 (99:59)
     */
    record Countdown(ReplyLayout layout, int seconds) implements BigSkyReply {
        public Countdown {
            if (layout == null || layout.family() != ReplyLayout.Family.COUNTDOWN) {
                throw new BigSkyProtocolException("layout " + layout + " is not a time-out layout");
            }
            check("seconds", seconds, 0, 99 * 60 + 59);
        }

        static Countdown fromMinutesSeconds(ReplyLayout layout, int minutes, int seconds) {
            check("seconds", seconds, 0, 59);
            return new Countdown(layout, minutes * 60 + seconds);
        }

        @Override
        public String field() {
            return layout.template().render(seconds / 60, seconds % 60);
        }
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BigSkyProtocolException(name + " " + value + " outside " + min + ".." + max);
        }
    }
}
