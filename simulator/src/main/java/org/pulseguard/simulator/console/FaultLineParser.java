package org.pulseguard.simulator.console;

import static org.pulseguard.simulator.console.ControlLineParser.count;
import static org.pulseguard.simulator.console.ControlLineParser.expectWords;
import static org.pulseguard.simulator.console.ControlLineParser.millis;

import java.time.Duration;
import java.util.function.Consumer;
import org.pulseguard.simulator.control.UnitControl;

/** Parses the {@code fault ...} control lines. Not thread-safe; one instance per line. */
final class FaultLineParser {
    private static final int DEFAULT_GARBAGE = 16;
    private static final Duration DEFAULT_SPLIT_GAP = Duration.ofMillis(20);

    private final String[] words;

    FaultLineParser(String[] words) {
        this.words = words;
    }

    ControlAction parse() throws ControlSyntaxException {
        if (words.length < 2) {
            throw new ControlSyntaxException("usage: fault drop|delay|corrupt|duplicate|split|truncate|mute|unmute|cut|restore"
                    + "|misapply|garbage|clear ...");
        }
        return switch (words[1]) {
            case "drop" -> counted("drop", (c, n) -> c.dropReplies(n), "replies dropped");
            case "delay" -> delay();
            case "corrupt" -> counted("corrupt", (c, n) -> c.corruptReplies(n), "replies corrupted");
            case "duplicate" -> counted("duplicate", (c, n) -> c.duplicateReplies(n), "replies duplicated");
            case "split" -> split();
            case "truncate" -> counted("truncate", (c, n) -> c.truncateReplies(n), "replies cut short");
            case "mute" -> fixed(c -> c.mute(), "ok muted");
            case "unmute" -> fixed(c -> c.unmute(), "ok unmuted");
            case "cut" -> fixedOrFail(cut());
            case "restore" -> fixedOrFail(restore());
            case "misapply" -> fixed(c -> c.misapplyNextSet(), "ok next SET will be misapplied");
            case "garbage" -> garbage();
            case "clear" -> fixed(c -> c.clearFaults(), "ok faults cleared");
            default -> throw new ControlSyntaxException("unknown fault '" + words[1] + "' (try help)");
        };
    }

    static ControlAction cut() {
        return c -> {
            c.cutLink();
            return "ok link cut";
        };
    }

    static ControlAction restore() {
        return c -> {
            c.restoreLink();
            return "ok link restored";
        };
    }

    private ControlAction counted(String name, Counted target, String what) throws ControlSyntaxException {
        if (words.length > 3) {
            throw new ControlSyntaxException("usage: fault " + name + " [N]");
        }
        int n = count(words, 2, 1, "N");
        return c -> {
            target.apply(c, n);
            return "ok next " + n + " " + what;
        };
    }

    private ControlAction delay() throws ControlSyntaxException {
        if (words.length < 3 || words.length > 4) {
            throw new ControlSyntaxException("usage: fault delay MILLIS [N]");
        }
        Duration delay = millis(words[2], "MILLIS");
        int n = count(words, 3, 1, "N");
        return c -> {
            c.delayReplies(n, delay);
            return "ok next " + n + " replies delayed " + delay.toMillis() + " ms";
        };
    }

    private ControlAction split() throws ControlSyntaxException {
        if (words.length > 4) {
            throw new ControlSyntaxException("usage: fault split [N] [GAP_MILLIS]");
        }
        int n = count(words, 2, 1, "N");
        Duration gap = words.length > 3 ? millis(words[3], "GAP_MILLIS") : DEFAULT_SPLIT_GAP;
        return c -> {
            c.splitReplies(n, gap);
            return "ok next " + n + " replies split with " + gap.toMillis() + " ms gaps";
        };
    }

    private ControlAction garbage() throws ControlSyntaxException {
        if (words.length > 3) {
            throw new ControlSyntaxException("usage: fault garbage [BYTES]");
        }
        int bytes = words.length > 2 ? (int) ControlLineParser.number(words[2], "BYTES", 1, 4096) : DEFAULT_GARBAGE;
        return c -> {
            c.injectGarbage(bytes);
            return "ok " + bytes + " garbage bytes sent";
        };
    }

    private ControlAction fixed(Consumer<UnitControl> target,
                                String response) throws ControlSyntaxException {
        expectWords(words, 2, "fault " + words[1]);
        return c -> {
            target.accept(c);
            return response;
        };
    }

    private ControlAction fixedOrFail(ControlAction action) throws ControlSyntaxException {
        expectWords(words, 2, "fault " + words[1]);
        return action;
    }

    /** Applies a counted link fault. */
    @FunctionalInterface
    private interface Counted {
        void apply(UnitControl control, int count);
    }
}
